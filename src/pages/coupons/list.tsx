import { List } from '@refinedev/antd';
import { CouponsTable } from '../../components/coupons/CouponsTable.tsx';

export default function CouponsList() {
  return (
    <List>
      <CouponsTable />
    </List>
  );
}
