import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';

const COLORS: Record<string, string> = {
  requested: 'processing',
  approved: 'cyan',
  rejected: 'error',
  received: 'gold',
  refunded: 'success',
  exchanged: 'success',
};

export function ReturnStatusTag({ status }: { status: string }) {
  const t = useTranslate();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`returns.status.${status}`)}
    </Tag>
  );
}

export function ReturnKindTag({ kind }: { kind: string }) {
  const t = useTranslate();
  return <Tag color={kind === 'exchange' ? 'purple' : 'blue'}>{t(`returns.kind.${kind}`)}</Tag>;
}
