import { Edit, useForm } from '@refinedev/antd';
import { ProductForm } from '../../components/products/ProductForm.tsx';
import { cleanProduct, PRODUCT_COLUMNS, type ProductFormValues, type ProductRecord } from '../../components/products/types.ts';

export default function ProductsEdit() {
  const { formProps, saveButtonProps, onFinish } = useForm<ProductRecord, never, ProductFormValues>({
    redirect: 'show',
    meta: { select: PRODUCT_COLUMNS },
  });
  return (
    <Edit saveButtonProps={saveButtonProps} canDelete>
      <ProductForm formProps={{ ...formProps, onFinish: (values) => onFinish(cleanProduct(values)) }} />
    </Edit>
  );
}
