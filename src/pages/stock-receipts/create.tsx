import { Form } from 'antd';
import { Create } from '@refinedev/antd';
import { useNavigation, useTranslate } from '@refinedev/core';
import { StockReceiptForm } from '../../components/stock-receipts/StockReceiptForm.tsx';
import { receiptLines, type ReceiptFormValues } from '../../components/stock-receipts/receipt.ts';
import { useRpc } from '../../components/common/useRpc.ts';
import { useUnsavedChanges } from '../../components/documents/useUnsavedChanges.ts';

export default function StockReceiptsCreate() {
  const t = useTranslate();
  const [form] = Form.useForm<ReceiptFormValues>();
  const { show } = useNavigation();
  const unsaved = useUnsavedChanges();
  const post = useRpc<{ id: string; receipt_no: string }>('receive_stock', {
    invalidates: ['stock_receipts', 'stock_levels', 'stock_batches', 'stock_movements', 'products', 'alerts'],
    success: (receipt) => t('stock_receipts.actions.posted', { no: receipt.receipt_no }),
  });

  const submit = (values: ReceiptFormValues) =>
    post.mutate(
      { p_warehouse_id: values.warehouse_id, p_supplier: values.supplier?.trim() || null, p_note: values.note?.trim() || null, p_lines: receiptLines(values.lines) },
      {
        onSuccess: (receipt) => {
          unsaved.markSaved();
          show('stock_receipts', receipt.id, 'replace');
        },
      },
    );

  return (
    <Create saveButtonProps={{ onClick: () => form.submit(), loading: post.isPending, children: t('stock_receipts.actions.post') }}>
      <StockReceiptForm form={form} onFinish={submit} onValuesChange={unsaved.onValuesChange} />
    </Create>
  );
}
