import { useState } from 'react';
import { useForm } from '@refinedev/antd';
import { useDataProvider, useInvalidate, useNavigation, useNotification, useTranslate, type HttpError } from '@refinedev/core';
import { addressChanges, cleanCustomer, CUSTOMER_COLUMNS, type CustomerFormValues, type CustomerRecord } from './customer.ts';

/**
 * The create / edit form of a customer: Refine's useForm writes the customer row, then the addresses
 * are brought in line (insert / update / delete rows of customer_addresses), then the show page opens.
 */
export function useCustomerForm(action: 'create' | 'edit') {
  const t = useTranslate();
  const dataProvider = useDataProvider();
  const invalidate = useInvalidate();
  const { open } = useNotification();
  const { show } = useNavigation();
  const [savingAddresses, setSavingAddresses] = useState(false);
  const { formProps, saveButtonProps, onFinish, query, form } = useForm<CustomerRecord, HttpError, CustomerFormValues>({
    resource: 'customers',
    action,
    redirect: false,
    meta: { select: action === 'edit' ? CUSTOMER_COLUMNS : 'id' },
  });
  const record = query?.data?.data;
  const stored = record?.customer_addresses ?? [];

  const submit = async (values: CustomerFormValues) => {
    const result = await onFinish(cleanCustomer(values) as CustomerFormValues).catch(() => undefined);
    const id = (result && 'data' in result ? (result.data as { id?: string })?.id : undefined) ?? record?.id;
    if (!result || !id) return;
    const changes = addressChanges(stored, values.addresses ?? []);
    const provider = dataProvider();
    setSavingAddresses(true);
    try {
      for (const removeId of changes.remove) await provider.deleteOne({ resource: 'customer_addresses', id: removeId });
      for (const { id: rowId, values: row } of changes.update) await provider.update({ resource: 'customer_addresses', id: rowId, variables: row, meta: { select: 'id' } });
      for (const row of changes.insert) await provider.create({ resource: 'customer_addresses', variables: { ...row, customer_id: id }, meta: { select: 'id' } });
    } catch (error) {
      open?.({ type: 'error', message: t('customers.actions.addressesFailed'), description: (error as HttpError).message });
      setSavingAddresses(false);
      // The customer is saved: continue on its edit page so the addresses can be fixed.
      if (action === 'create') show('customers', id, 'replace');
      return;
    }
    setSavingAddresses(false);
    await invalidate({ resource: 'customers', invalidates: ['all'] });
    show('customers', id, 'replace');
  };

  return {
    form,
    record,
    query,
    formProps: {
      ...formProps,
      initialValues: record ? { ...record, addresses: stored } : formProps.initialValues,
      onFinish: submit,
    },
    saveButtonProps: { ...saveButtonProps, loading: saveButtonProps.loading || savingAddresses },
  };
}
