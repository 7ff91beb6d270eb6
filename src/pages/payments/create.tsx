import { Form } from 'antd';
import { Create } from '@refinedev/antd';
import { useNavigation, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useRpc } from '../../components/common/useRpc.ts';
import { useUnsavedChanges } from '../../components/documents/useUnsavedChanges.ts';
import { PaymentForm, type PaymentFormValues } from '../../components/payments/PaymentForm.tsx';

/** /payments/create?order_id=… — the order detail page links here with its order preselected. */
export default function PaymentsCreate() {
  const t = useTranslate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<PaymentFormValues>();
  const { show } = useNavigation();
  const unsaved = useUnsavedChanges();
  const record = useRpc<{ id: string; payment_no: string; status: string }>('record_payment', {
    invalidates: ['payments', 'sales_orders'],
    success: (p) => t(p.status === 'pending' ? 'payments.actions.recordedPending' : 'payments.actions.recorded', { no: p.payment_no }),
  });
  const submit = (values: PaymentFormValues) =>
    record.mutate(
      {
        p_order_id: values.order_id,
        p_method: values.method,
        p_amount: values.amount,
        p_provider_ref: values.provider_ref?.trim() || null,
        p_note: values.note?.trim() || null,
      },
      {
        onSuccess: (payment) => {
          unsaved.markSaved();
          show('payments', payment.id, 'replace');
        },
      },
    );
  return (
    <Create
      title={t('payments.titles.create')}
      saveButtonProps={{ onClick: () => form.submit(), loading: record.isPending, children: t('payments.actions.record') }}
    >
      <PaymentForm form={form} initialOrderId={params.get('order_id') ?? undefined} onFinish={submit} onValuesChange={unsaved.onValuesChange} />
    </Create>
  );
}
