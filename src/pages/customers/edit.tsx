import { Edit } from '@refinedev/antd';
import { CustomerForm } from '../../components/customers/CustomerForm.tsx';
import { useCustomerForm } from '../../components/customers/useCustomerForm.ts';

export default function CustomersEdit() {
  const { formProps, saveButtonProps, record, query } = useCustomerForm('edit');
  return (
    <Edit saveButtonProps={saveButtonProps} isLoading={query?.isLoading} title={record?.name} canDelete>
      <CustomerForm formProps={formProps} />
    </Edit>
  );
}
