import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { SalesOrderActions } from '../../components/sales-orders/SalesOrderActions.tsx';
import { SalesOrderDetails } from '../../components/sales-orders/SalesOrderDetails.tsx';
import { ORDER_COLUMNS, type SalesOrderRow } from '../../components/sales-orders/types.ts';

export default function SalesOrdersShow() {
  const { record: order, query } = useRecord<SalesOrderRow>({ select: ORDER_COLUMNS });
  return (
    <Show
      isLoading={query.isLoading}
      title={order?.order_no}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {order && <SalesOrderActions order={order} />}
          {defaultButtons}
        </>
      )}
    >
      {order && <SalesOrderDetails order={order} />}
    </Show>
  );
}
