import { List } from '@refinedev/antd';
import { PromotionsTable } from '../../components/promotions/PromotionsTable.tsx';

export default function PromotionsList() {
  return (
    <List>
      <PromotionsTable />
    </List>
  );
}
