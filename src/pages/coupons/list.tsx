import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { CouponsTable } from '../../components/coupons/CouponsTable.tsx';

export default function CouponsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="coupons" />
        </>
      )}
    >
      <CouponsTable />
    </List>
  );
}
