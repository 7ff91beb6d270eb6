import { Create, useForm } from '@refinedev/antd';
import { ProductForm } from '../../components/products/ProductForm.tsx';
import { cleanProduct, type ProductFormValues, type ProductRecord } from '../../components/products/types.ts';

export default function ProductsCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<ProductRecord, never, ProductFormValues>({
    redirect: 'show',
    meta: { select: 'id' },
  });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <ProductForm formProps={{ ...formProps, onFinish: (values) => onFinish(cleanProduct(values)) }} />
    </Create>
  );
}
