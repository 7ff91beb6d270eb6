import { Form } from 'antd';
import { Create } from '@refinedev/antd';
import { useNavigation, useNotification, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useRpc } from '../../components/common/useRpc.ts';
import { useUnsavedChanges } from '../../components/documents/useUnsavedChanges.ts';
import { ReturnForm, type ReturnFormValues } from '../../components/returns/ReturnForm.tsx';

/** /returns/create?order_id=… — the order detail page links here with its order preselected. */
export default function ReturnsCreate() {
  const t = useTranslate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ReturnFormValues>();
  const { show } = useNavigation();
  const { open } = useNotification();
  const unsaved = useUnsavedChanges();
  const request = useRpc<{ id: string; return_no: string }>('request_return', {
    invalidates: ['returns'],
    success: (r) => t('returns.actions.requested', { no: r.return_no }),
  });
  const submit = (values: ReturnFormValues) => {
    const lines = Object.entries(values.qty ?? {})
      .filter(([, qty]) => typeof qty === 'number' && qty > 0)
      .map(([line_id, qty]) => ({ line_id, qty }));
    if (lines.length === 0) {
      open?.({ type: 'error', message: t('returns.validation.noLines') });
      return;
    }
    request.mutate(
      { p_order_id: values.order_id, p_lines: lines, p_reason: values.reason?.trim() || null, p_kind: values.kind },
      {
        onSuccess: (doc) => {
          unsaved.markSaved();
          show('returns', doc.id, 'replace');
        },
      },
    );
  };
  return (
    <Create
      title={t('returns.titles.create')}
      saveButtonProps={{ onClick: () => form.submit(), loading: request.isPending, children: t('returns.actions.submit') }}
    >
      <ReturnForm form={form} initialOrderId={params.get('order_id') ?? undefined} onFinish={submit} onValuesChange={unsaved.onValuesChange} />
    </Create>
  );
}
