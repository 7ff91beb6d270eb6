import { TreeSelect, type TreeSelectProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { CategoryNode } from './tree.ts';
import { useCategories } from './useCategories.ts';

type Option = { value: string; title: string; disabled?: boolean; children: Option[] };

function toOptions(nodes: CategoryNode[], disabled: Set<string>): Option[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: disabled.has(node.id),
    children: toOptions(node.children, disabled),
  }));
}

type Props = Omit<TreeSelectProps<string>, 'treeData'> & { disabledIds?: Set<string> };

/** Picks a category from the tree (search by name). */
export function CategoryTreeSelect({ disabledIds, placeholder, ...rest }: Props) {
  const t = useTranslate();
  const { tree, isLoading } = useCategories();
  return (
    <TreeSelect<string>
      showSearch
      allowClear
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      loading={isLoading}
      placeholder={placeholder ?? t('categories.actions.pick')}
      treeData={toOptions(tree, disabledIds ?? new Set())}
      {...rest}
    />
  );
}
