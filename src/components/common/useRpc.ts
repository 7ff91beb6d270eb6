import { useMutation } from '@tanstack/react-query';
import { useDataProvider, useInvalidate, useNotification, useTranslate, type HttpError } from '@refinedev/core';

type Options<T> = {
  /** Resources whose lists and records change when the call succeeds. */
  invalidates?: readonly string[];
  /** A translated success message (or a function of the result); none = no notification. */
  success?: string | ((data: T) => string);
};

/**
 * Calls a database function (RPC) through the data provider's `custom` (`rpc/<name>`), the way a
 * Refine mutation would: errors come back translated (errors.codes.*) and are shown as a
 * notification, affected resources are refetched on success.
 */
export function useRpc<T = unknown, A extends Record<string, unknown> = Record<string, unknown>>(fn: string, options: Options<T> = {}) {
  const t = useTranslate();
  const dataProvider = useDataProvider();
  const { open } = useNotification();
  const invalidate = useInvalidate();
  return useMutation<T, HttpError, A>({
    mutationFn: async (args: A) => {
      const { data } = await dataProvider().custom!({ url: `rpc/${fn}`, method: 'post', payload: args });
      return data as T;
    },
    onSuccess: async (data) => {
      if (options.success) {
        const message = typeof options.success === 'function' ? options.success(data) : options.success;
        open?.({ type: 'success', message });
      }
      await Promise.all(
        (options.invalidates ?? []).map((resource) => invalidate({ resource, invalidates: ['all'] })),
      );
    },
    onError: (error) => {
      open?.({ type: 'error', message: t('notifications.error'), description: error.message });
    },
  });
}

/**
 * Reads from a database function (RPC) through the data provider, for queries such as batch_costs().
 * `allPages`: the function returns a table that may be longer than PostgREST's max rows; read all of it
 * (`onPage` hears how many rows have arrived after each full page).
 */
export function useRpcQueryFn() {
  const dataProvider = useDataProvider();
  return async <T>(fn: string, args: Record<string, unknown>, options: { allPages?: boolean; onPage?: (rowsSoFar: number) => void } = {}): Promise<T> => {
    const meta = options.allPages ? { allPages: true, onPage: options.onPage } : undefined;
    const { data } = await dataProvider().custom!({ url: `rpc/${fn}`, method: 'post', payload: args, meta });
    return data as T;
  };
}
