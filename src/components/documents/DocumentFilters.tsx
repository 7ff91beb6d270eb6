import { Button, DatePicker, Form, Input, Space, type FormProps } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslate, type CrudFilter, type CrudFilters } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { filterValue, orSearch, orSearchText } from '../common/search.ts';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';

export type DocumentSearchValues = { q?: string; warehouse_id?: string; period?: [Dayjs, Dayjs] | null; [extra: string]: unknown };

/** The filters every stock document list shares: number / text search, warehouse and date range. */
export function documentFilters(values: DocumentSearchValues, searchFields: readonly string[], warehouseField = 'warehouse_id'): CrudFilter[] {
  return [
    orSearch('q', searchFields, values.q),
    { field: warehouseField, operator: 'eq', value: values.warehouse_id || undefined },
    { field: 'created_at', operator: 'gte', value: values.period?.[0]?.startOf('day').toISOString() },
    { field: 'created_at', operator: 'lt', value: values.period?.[1]?.add(1, 'day').startOf('day').toISOString() },
  ];
}

export function documentInitialValues(filters: CrudFilters, warehouseField = 'warehouse_id'): DocumentSearchValues {
  const from = filterValue<string>(filters, 'created_at', 'gte');
  const to = filterValue<string>(filters, 'created_at', 'lt');
  return {
    q: orSearchText(filters, 'q'),
    warehouse_id: filterValue(filters, warehouseField, 'eq'),
    period: from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined,
  };
}

type Props = {
  formProps: FormProps<DocumentSearchValues>;
  filters: CrudFilters;
  placeholder: string;
  warehouseField?: string;
  onClear: () => void;
  children?: ReactNode;
};

export function DocumentFilterBar({ formProps, filters, placeholder, warehouseField, onClear, children }: Props) {
  const t = useTranslate();
  const active = filters.some((f) => ('field' in f ? f.value !== undefined : f.value.length > 0));
  return (
    <Form
      {...formProps}
      layout="inline"
      className="filter-bar"
      initialValues={{ ...documentInitialValues(filters, warehouseField), ...formProps.initialValues }}
      onValuesChange={(changed: Partial<DocumentSearchValues>) => {
        if (!('q' in changed)) formProps.form?.submit();
      }}
    >
      <Form.Item name="q">
        <Input.Search
          allowClear
          enterButton={<SearchOutlined aria-label={t('buttons.search')} />}
          placeholder={placeholder}
          style={{ width: 260 }}
          onSearch={() => formProps.form?.submit()}
        />
      </Form.Item>
      <Form.Item name="warehouse_id">
        <WarehouseSelect allowClear style={{ width: 170 }} placeholder={t('stock.filters.allWarehouses')} />
      </Form.Item>
      {children}
      <Form.Item name="period">
        <DatePicker.RangePicker style={{ width: 250 }} />
      </Form.Item>
      {active && (
        <Space>
          <Button
            type="link"
            onClick={() => {
              formProps.form?.resetFields();
              formProps.form?.setFieldsValue({ q: undefined, warehouse_id: undefined, period: undefined });
              onClear();
            }}
          >
            {t('buttons.clear')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
