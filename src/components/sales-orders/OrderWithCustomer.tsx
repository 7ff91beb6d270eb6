import { Typography } from 'antd';
import { Link } from 'react-router';

/** An order number linking to the order, its customer's name small beneath (payment, shipment and return lists). */
export function OrderWithCustomer({ orderId, orderNo, customer }: { orderId: string; orderNo?: string; customer?: string }) {
  return (
    <>
      <Link to={`/orders/show/${orderId}`}>{orderNo}</Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {customer}
        </Typography.Text>
      </div>
    </>
  );
}
