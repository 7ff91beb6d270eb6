import { Show } from '@refinedev/antd';
import { useRecord } from '../../components/common/useRecord.ts';
import { CustomerDetails } from '../../components/customers/CustomerDetails.tsx';
import { CUSTOMER_COLUMNS, type CustomerRecord } from '../../components/customers/customer.ts';

export default function CustomersShow() {
  const { record: customer, query } = useRecord<CustomerRecord>({ select: CUSTOMER_COLUMNS });
  return (
    <Show isLoading={query.isLoading} title={customer?.name} canDelete={false}>
      {customer && <CustomerDetails customer={customer} />}
    </Show>
  );
}
