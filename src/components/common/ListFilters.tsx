import { Button, DatePicker, Form, Input, Radio, type FormProps, type GetProps } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslate, type CrudFilter, type CrudFilters } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { filterValue, orSearchText } from './search.ts';

/** The picked days of a date-range filter (both ends inclusive). */
export type Period = [Dayjs, Dayjs] | null | undefined;

/** useTable's setFilters, as the list filters call it. */
type SetFilters = (filters: CrudFilter[], behavior?: 'merge' | 'replace') => void;

/** A picked period as filters on `field`: from the first day's start up to, not including, the day after the last. */
export function periodFilters(field: string, period: Period): CrudFilter[] {
  return [
    { field, operator: 'gte', value: period?.[0]?.startOf('day').toISOString() },
    { field, operator: 'lt', value: period?.[1]?.add(1, 'day').startOf('day').toISOString() },
  ];
}

/** The range picker's days read back from the filters periodFilters wrote (e.g. from the URL). */
export function periodValue(filters: CrudFilters, field: string): [Dayjs, Dayjs] | undefined {
  const from = filterValue<string>(filters, field, 'gte');
  const to = filterValue<string>(filters, field, 'lt');
  return from && to ? [dayjs(from), dayjs(to).subtract(1, 'day')] : undefined;
}

/** Whether any filter narrows the list, not counting the `ignore`d fields. */
export function hasActiveFilters(filters: CrudFilters, ignore: readonly string[] = []): boolean {
  return filters.some((f) => ('field' in f ? !ignore.includes(f.field) && f.value !== undefined : f.value.length > 0));
}

/** A list's search box: typing does not filter, Enter or the magnifier submits the box's form. */
export function SearchBox({ width, ...props }: GetProps<typeof Input.Search> & { width: number }) {
  const t = useTranslate();
  const form = Form.useFormInstance();
  return <Input.Search {...props} allowClear enterButton={<SearchOutlined aria-label={t('buttons.search')} />} style={{ width }} onSearch={() => form.submit()} />;
}

/** "All" plus one button per status, driving the `status` filter. Labels: `<keyPrefix>.filters.all`, `<keyPrefix>.status.<status>`. */
export function StatusTabs({ statuses, keyPrefix, value, setFilters }: { statuses: readonly string[]; keyPrefix: string; value?: string; setFilters: SetFilters }) {
  const t = useTranslate();
  return (
    <Radio.Group
      optionType="button"
      value={value ?? 'all'}
      onChange={(e) => setFilters([{ field: 'status', operator: 'eq', value: e.target.value === 'all' ? undefined : e.target.value }])}
      options={[{ value: 'all', label: t(`${keyPrefix}.filters.all`) }, ...statuses.map((s) => ({ value: s, label: t(`${keyPrefix}.status.${s}`) }))]}
    />
  );
}

type FilterBarProps = {
  /** useTable's searchFormProps; its onSearch turns the values into filters. */
  formProps: FormProps;
  filters: CrudFilters;
  setFilters: SetFilters;
  /** The free-text `q` box (an orSearch filter); left out when the list has none. */
  search?: { placeholder: string; width: number };
  /** The column the `period` range picker filters (see periodFilters); no picker without it. */
  dateField?: string;
  /** The children's values read back from the filters. */
  initialValues?: Record<string, unknown>;
  /** Fields typed into: they filter on Enter or blur, not on every change. */
  typedFields?: readonly string[];
  /** Filters set outside the bar (status tabs): not counted as active, kept by Clear. */
  keep?: readonly string[];
  /** Form.Items between the search box and the period. */
  children?: ReactNode;
};

/** The inline filter form above a list: search, the list's own fields, a period and Clear. */
export function FilterBar({ formProps, filters, setFilters, search, dateField, initialValues, typedFields = ['q'], keep = [], children }: FilterBarProps) {
  const t = useTranslate();
  const form = formProps.form;
  return (
    <Form
      {...formProps}
      layout="inline"
      className="filter-bar"
      initialValues={{
        ...(search && { q: orSearchText(filters, 'q') }),
        ...(dateField && { period: periodValue(filters, dateField) }),
        ...initialValues,
      }}
      onValuesChange={(changed: Record<string, unknown>) => {
        if (!typedFields.some((name) => name in changed)) form?.submit();
      }}
    >
      {search && (
        <Form.Item name="q">
          <SearchBox placeholder={search.placeholder} width={search.width} />
        </Form.Item>
      )}
      {children}
      {dateField && (
        <Form.Item name="period">
          <DatePicker.RangePicker style={{ width: 240 }} />
        </Form.Item>
      )}
      {hasActiveFilters(filters, keep) && (
        <Button
          type="link"
          onClick={() => {
            // Empty every field of the bar, then drop its filters (the kept ones stay).
            form?.setFieldsValue(Object.fromEntries(Object.keys(form.getFieldsValue()).map((name) => [name, undefined])));
            setFilters(
              filters.filter((f) => 'field' in f && keep.includes(f.field) && f.value !== undefined),
              'replace',
            );
          }}
        >
          {t('buttons.clear')}
        </Button>
      )}
    </Form>
  );
}
