import { Form } from 'antd';
import { Create } from '@refinedev/antd';
import { useNavigation, useTranslate } from '@refinedev/core';
import { TransferForm, type TransferFormValues } from '../../components/transfers/TransferForm.tsx';
import { useRpc } from '../../components/common/useRpc.ts';
import { useUnsavedChanges } from '../../components/documents/useUnsavedChanges.ts';

export default function TransfersCreate() {
  const t = useTranslate();
  const [form] = Form.useForm<TransferFormValues>();
  const { show } = useNavigation();
  const unsaved = useUnsavedChanges();
  const create = useRpc<{ id: string; transfer_no: string }>('create_stock_transfer', {
    invalidates: ['transfers'],
    success: (doc) => t('transfers.actions.created', { no: doc.transfer_no }),
  });
  const submit = (values: TransferFormValues) =>
    create.mutate(
      {
        p_from_warehouse_id: values.from_warehouse_id,
        p_to_warehouse_id: values.to_warehouse_id,
        p_note: values.note?.trim() || null,
        p_lines: values.lines.map((line) => ({ product_id: line.product_id, qty: line.qty })),
      },
      {
        onSuccess: (doc) => {
          unsaved.markSaved();
          show('transfers', doc.id, 'replace');
        },
      },
    );
  return (
    <Create saveButtonProps={{ onClick: () => form.submit(), loading: create.isPending, children: t('transfers.actions.create') }}>
      <TransferForm form={form} onFinish={submit} onValuesChange={unsaved.onValuesChange} />
    </Create>
  );
}
