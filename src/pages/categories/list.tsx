import { List } from '@refinedev/antd';
import { CategoryTree } from '../../components/categories/CategoryTree.tsx';

export default function CategoriesList() {
  return (
    <List canCreate={false}>
      <CategoryTree />
    </List>
  );
}
