import { Table, Tag, Typography } from 'antd';
import { DateField } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatMoney } from '../common/format.ts';
import { DocumentHeader } from '../documents/DocumentDetails.tsx';
import { OrderPaymentSummary } from './OrderPaymentSummary.tsx';
import { MethodLabel, PaymentStatusTag } from './StatusTags.tsx';
import type { PaymentRow } from './types.ts';

export type RefundRow = { id: string; payment_no: string; amount: number; note: string | null; paid_at: string | null; return_id: string | null; returns: { return_no: string } | null };

/** The refunds of a payment (negative rows pointing at it). */
export function usePaymentRefunds(payment: PaymentRow | undefined) {
  const { result, query } = useList<RefundRow>({
    resource: 'payments',
    pagination: { mode: 'off' },
    filters: [{ field: 'refund_of', operator: 'eq', value: payment?.id }],
    sorters: [{ field: 'created_at', order: 'asc' }],
    meta: { select: 'id, payment_no, amount, note, paid_at, return_id, returns(return_no)' },
    queryOptions: { enabled: !!payment && payment.kind === 'payment' },
  });
  return { refunds: result.data, isLoading: query.isLoading };
}

export function PaymentDetails({ payment, refunds }: { payment: PaymentRow; refunds: RefundRow[] }) {
  const t = useTranslate();
  const people = useList<{ id: string; full_name: string }>({
    resource: 'profiles',
    pagination: { mode: 'off' },
    filters: [{ field: 'id', operator: 'in', value: [payment.recorded_by, payment.confirmed_by].filter(Boolean) }],
    meta: { select: 'id, full_name' },
    queryOptions: { enabled: !!(payment.recorded_by || payment.confirmed_by) },
  });
  const name = (id: string | null) => (id ? people.result.data.find((p) => p.id === id)?.full_name ?? '—' : '—');
  const original = useList<{ id: string; payment_no: string }>({
    resource: 'payments',
    pagination: { mode: 'off' },
    filters: [{ field: 'id', operator: 'eq', value: payment.refund_of }],
    meta: { select: 'id, payment_no' },
    queryOptions: { enabled: !!payment.refund_of },
  });

  return (
    <>
      <DocumentHeader
        items={[
          { key: 'no', label: t('payments.fields.payment_no'), children: <Typography.Text copyable>{payment.payment_no}</Typography.Text> },
          {
            key: 'kind',
            label: t('payments.fields.kind'),
            children: <Tag color={payment.kind === 'refund' ? 'orange' : 'blue'}>{t(`payments.kind.${payment.kind}`)}</Tag>,
          },
          { key: 'status', label: t('payments.fields.status'), children: <PaymentStatusTag status={payment.status} /> },
          { key: 'method', label: t('payments.fields.method'), children: <MethodLabel method={payment.method} /> },
          {
            key: 'amount',
            label: t('payments.fields.amount'),
            children: (
              <Typography.Text strong type={payment.kind === 'refund' ? 'danger' : undefined} data-testid="payment-amount">
                {formatMoney(payment.amount)}
              </Typography.Text>
            ),
          },
          { key: 'ref', label: t('payments.fields.provider_ref'), children: payment.provider_ref ?? '—' },
          { key: 'paid_at', label: t('payments.fields.paid_at'), children: payment.paid_at ? <DateField value={payment.paid_at} format="YYYY-MM-DD HH:mm" /> : '—' },
          { key: 'recorded_by', label: t('payments.fields.recorded_by'), children: name(payment.recorded_by) },
          {
            key: 'confirmed_by',
            label: t('payments.fields.confirmed_by'),
            children: payment.confirmed_at ? (
              <>
                {name(payment.confirmed_by)} · <DateField value={payment.confirmed_at} format="MM-DD HH:mm" />
              </>
            ) : (
              '—'
            ),
          },
          ...(payment.refund_of
            ? [
                {
                  key: 'refund_of',
                  label: t('payments.fields.refund_of'),
                  children: <Link to={`/payments/show/${payment.refund_of}`}>{original.result.data[0]?.payment_no ?? '…'}</Link>,
                },
              ]
            : []),
          ...(payment.return_id
            ? [{ key: 'return', label: t('payments.fields.return'), children: <Link to={`/returns/show/${payment.return_id}`}>{t('payments.actions.openReturn')}</Link> }]
            : []),
          { key: 'note', label: t('stock.fields.note'), span: 'filled' as const, children: payment.note ?? '—' },
        ]}
      />
      <Typography.Title level={5}>{t('payments.titles.order')}</Typography.Title>
      <div style={{ marginBottom: 24 }}>
        <OrderPaymentSummary orderId={payment.order_id} />
      </div>
      {payment.kind === 'payment' && (
        <>
          <Typography.Title level={5}>{t('payments.titles.refunds')}</Typography.Title>
          <Table<RefundRow>
            rowKey="id"
            size="small"
            dataSource={refunds}
            pagination={false}
            data-testid="refunds"
            locale={{ emptyText: <EmptyHint text={t('payments.empty.refunds')} /> }}
          >
            <Table.Column<RefundRow> dataIndex="payment_no" title={t('payments.fields.payment_no')} render={(no: string, row) => <Link to={`/payments/show/${row.id}`}>{no}</Link>} />
            <Table.Column<RefundRow>
              dataIndex="amount"
              title={t('payments.fields.amount')}
              align="right"
              render={(v: number) => <Typography.Text type="danger">{formatMoney(v)}</Typography.Text>}
            />
            <Table.Column<RefundRow> dataIndex="note" title={t('payments.fields.reason')} render={(v: string | null) => v ?? '—'} />
            <Table.Column<RefundRow>
              key="return"
              title={t('payments.fields.return')}
              render={(_, row) => (row.return_id ? <Link to={`/returns/show/${row.return_id}`}>{row.returns?.return_no}</Link> : '—')}
            />
            <Table.Column<RefundRow> dataIndex="paid_at" title={t('payments.fields.paid_at')} render={(v: string | null) => (v ? <DateField value={v} format="YYYY-MM-DD HH:mm" /> : '—')} />
          </Table>
        </>
      )}
    </>
  );
}
