import { Create } from '@refinedev/antd';
import { CustomerForm } from '../../components/customers/CustomerForm.tsx';
import { useCustomerForm } from '../../components/customers/useCustomerForm.ts';

export default function CustomersCreate() {
  const { formProps, saveButtonProps } = useCustomerForm('create');
  return (
    <Create saveButtonProps={saveButtonProps}>
      <CustomerForm formProps={formProps} />
    </Create>
  );
}
