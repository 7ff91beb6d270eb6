import { createContext, useContext, type ComponentType } from 'react';

/** name → icon component; provided by the (lazy) AppLayout, which owns the icon imports. */
export const ResourceIconsContext = createContext<Record<string, ComponentType>>({});

/**
 * A menu icon by name. The resource list lives in the entry chunk, but @ant-design/icons costs
 * ~10 kB gzip there; this indirection keeps the icons in the layout chunk, off the login route.
 */
export function ResourceIcon({ name }: { name: string }) {
  const Icon = useContext(ResourceIconsContext)[name];
  return Icon ? <Icon /> : null;
}
