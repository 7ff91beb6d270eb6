import { List } from '@refinedev/antd';
import { ListExportButton } from '../../lib/excel/lists.tsx';
import { CategoryTree } from '../../components/categories/CategoryTree.tsx';

export default function CategoriesList() {
  return (
    <List canCreate={false} headerButtons={<ListExportButton list="categories" />}>
      <CategoryTree />
    </List>
  );
}
