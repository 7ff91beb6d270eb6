import { useState } from 'react';
import { useDataProvider, useInvalidate, useNotification, useTranslate } from '@refinedev/core';
import type { ProductStatus } from './types.ts';

/** Puts the selected products on or off sale in one request (the data provider's updateMany; RLS lets only admins). */
export function useBulkStatus(onDone: () => void) {
  const t = useTranslate();
  const dataProvider = useDataProvider();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  const [isPending, setPending] = useState(false);
  const mutate = async ({ ids, status }: { ids: string[]; status: ProductStatus }) => {
    setPending(true);
    try {
      const { data } = await dataProvider().updateMany!({ resource: 'products', ids, variables: { status }, meta: { select: 'id' } });
      open?.({ type: 'success', message: t(status === 'on_sale' ? 'products.actions.bulkOnSaleDone' : 'products.actions.bulkOffSaleDone', { count: data.length }) });
      onDone();
      await invalidate({ resource: 'products', invalidates: ['all'] });
    } catch (error) {
      open?.({ type: 'error', message: t('notifications.error'), description: (error as Error).message });
    } finally {
      setPending(false);
    }
  };
  return { isPending, mutate };
}
