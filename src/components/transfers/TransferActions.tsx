import { Button, Popconfirm, Space } from 'antd';
import { CheckOutlined, CloseOutlined, SendOutlined } from '@ant-design/icons';
import { useCan, useTranslate } from '@refinedev/core';
import { useRpc } from '../common/useRpc.ts';
import type { TransferRow } from './types.ts';

const INVALIDATES = ['transfers', 'stock_levels', 'stock_batches', 'stock_movements', 'products', 'alerts'];

/** Dispatch (draft → in transit), cancel (draft) and receive (in transit → received), each confirmed. */
export function TransferActions({ transfer, size = 'middle' }: { transfer: TransferRow; size?: 'small' | 'middle' }) {
  const t = useTranslate();
  const { data: canEdit } = useCan({ resource: 'transfers', action: 'edit' });
  const dispatch = useRpc('dispatch_stock_transfer', { invalidates: INVALIDATES, success: t('transfers.actions.dispatched', { no: transfer.transfer_no }) });
  const receive = useRpc('receive_stock_transfer', { invalidates: INVALIDATES, success: t('transfers.actions.received', { no: transfer.transfer_no }) });
  const cancel = useRpc('cancel_stock_transfer', { invalidates: INVALIDATES, success: t('transfers.actions.cancelled', { no: transfer.transfer_no }) });
  if (!canEdit?.can) return null;
  const args = { p_transfer_id: transfer.id };
  const confirm = { cancelText: t('buttons.cancel') };
  if (transfer.status === 'draft') {
    return (
      <Space size={8} wrap>
        <Popconfirm
          title={t('transfers.actions.dispatchConfirm', { from: transfer.from?.name, to: transfer.to?.name })}
          description={t('transfers.actions.dispatchHint')}
          {...confirm}
          okText={t('transfers.actions.dispatch')}
          onConfirm={() => dispatch.mutateAsync(args).catch(() => undefined)}
        >
          <Button type="primary" size={size} icon={<SendOutlined />} loading={dispatch.isPending}>
            {t('transfers.actions.dispatch')}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('transfers.actions.cancelConfirm', { no: transfer.transfer_no })}
          {...confirm}
          okText={t('transfers.actions.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => cancel.mutateAsync(args).catch(() => undefined)}
        >
          <Button danger size={size} icon={<CloseOutlined />} loading={cancel.isPending}>
            {t('transfers.actions.cancel')}
          </Button>
        </Popconfirm>
      </Space>
    );
  }
  if (transfer.status === 'in_transit') {
    return (
      <Popconfirm
        title={t('transfers.actions.receiveConfirm', { to: transfer.to?.name })}
        description={t('transfers.actions.receiveHint')}
        {...confirm}
        okText={t('transfers.actions.receive')}
        onConfirm={() => receive.mutateAsync(args).catch(() => undefined)}
      >
        <Button type="primary" size={size} icon={<CheckOutlined />} loading={receive.isPending}>
          {t('transfers.actions.receive')}
        </Button>
      </Popconfirm>
    );
  }
  return null;
}
