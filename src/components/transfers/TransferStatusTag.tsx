import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { TransferStatus } from './types.ts';

const COLORS: Record<TransferStatus, string> = { draft: 'default', in_transit: 'processing', received: 'success', cancelled: 'error' };

export function TransferStatusTag({ status }: { status: TransferStatus }) {
  const t = useTranslate();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`transfers.status.${status}`)}
    </Tag>
  );
}
