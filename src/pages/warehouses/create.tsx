import { Create, useForm } from '@refinedev/antd';
import { cleanWarehouse, WarehouseForm, type WarehouseFormValues, type WarehouseRecord } from '../../components/warehouses/WarehouseForm.tsx';

export default function WarehousesCreate() {
  const { formProps, saveButtonProps, onFinish } = useForm<WarehouseRecord, never, WarehouseFormValues>({ redirect: 'list', meta: { select: 'id' } });
  return (
    <Create saveButtonProps={saveButtonProps}>
      <WarehouseForm formProps={{ ...formProps, onFinish: (v) => onFinish(cleanWarehouse(v)) }} />
    </Create>
  );
}
