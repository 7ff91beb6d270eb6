import { useOne, useResourceParams, type BaseRecord } from '@refinedev/core';

/**
 * The record of a show page: resource and id from the route, read with useOne. (Refine's useShow
 * does the same; this keeps one more hook out of the shared @refinedev/core chunk the login page loads.)
 */
export function useRecord<T extends BaseRecord>(meta: Record<string, unknown>) {
  const { identifier, id } = useResourceParams();
  const { result, query } = useOne<T>({ resource: identifier, id, meta, queryOptions: { enabled: id !== undefined } });
  return { record: result, query };
}
