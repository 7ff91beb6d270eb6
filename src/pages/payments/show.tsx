import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { refundable } from '../../components/payments/amounts.ts';
import { PaymentActions } from '../../components/payments/PaymentActions.tsx';
import { PaymentDetails, usePaymentRefunds } from '../../components/payments/PaymentDetails.tsx';
import { PAYMENT_COLUMNS, type PaymentRow } from '../../components/payments/types.ts';

export default function PaymentsShow() {
  const { record: payment, query } = useRecord<PaymentRow>({ select: PAYMENT_COLUMNS });
  const { refunds } = usePaymentRefunds(payment);
  const left = payment ? refundable(payment, refunds) : 0;
  return (
    <Show
      isLoading={query.isLoading}
      title={payment?.payment_no}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {payment && <PaymentActions payment={payment} refundable={left} />}
          {defaultButtons}
        </>
      )}
    >
      {payment && <PaymentDetails payment={payment} refunds={refunds} />}
    </Show>
  );
}
