import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { PromotionsTable } from '../../components/promotions/PromotionsTable.tsx';

export default function PromotionsList() {
  return (
    <List
      headerButtons={({ defaultButtons }) => (
        <>
          {defaultButtons}
          <ListExportButton list="promotions" />
        </>
      )}
    >
      <PromotionsTable />
    </List>
  );
}
