import { Create, useForm } from '@refinedev/antd';
import { BrandForm, type BrandFormValues, type BrandRecord } from '../../components/brands/BrandForm.tsx';

export default function BrandsCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<BrandRecord, never, BrandFormValues>({ redirect: 'list', meta: { select: 'id, name' } });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <BrandForm formProps={{ ...formProps, onFinish: (v) => onFinish({ name: v.name.trim() }) }} />
    </Create>
  );
}
