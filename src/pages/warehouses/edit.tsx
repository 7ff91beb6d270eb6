import { Edit, useForm } from '@refinedev/antd';
import { cleanWarehouse, WarehouseForm, type WarehouseFormValues, type WarehouseRecord } from '../../components/warehouses/WarehouseForm.tsx';
import { WAREHOUSE_COLUMNS } from '../../components/warehouses/WarehouseForm.tsx';

export default function WarehousesEdit() {
  const { formProps, saveButtonProps, onFinish } = useForm<WarehouseRecord, never, WarehouseFormValues>({
    redirect: 'list',
    meta: { select: WAREHOUSE_COLUMNS },
  });
  return (
    <Edit saveButtonProps={saveButtonProps}>
      <WarehouseForm formProps={{ ...formProps, onFinish: (v) => onFinish(cleanWarehouse(v)) }} />
    </Edit>
  );
}
