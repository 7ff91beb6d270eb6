import { Select, Typography, type SelectProps } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useSearchSelect } from '../common/useSearchSelect.ts';

export type OrderOption = {
  id: string;
  order_no: string;
  status: string;
  payment_status: string;
  total_amount: number;
  paid_amount: number;
  refunded_amount: number;
  customer_id: string;
  customers: { name: string } | null;
};
export const ORDER_OPTION_COLUMNS = 'id, order_no, status, payment_status, total_amount, paid_amount, refunded_amount, customer_id, customers(name)';

type Props = Omit<SelectProps<string>, 'options' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  onPick?: (order: OrderOption | undefined) => void;
  /** Only orders in these states. */
  statuses?: readonly string[];
};

/** Searches sales orders server-side by number; the current value is loaded by id so it always has its label. */
export function OrderSelect({ value, onChange, onPick, placeholder, statuses, ...rest }: Props) {
  const t = useTranslate();
  const { selectProps, records } = useSearchSelect<OrderOption>({
    resource: 'sales_orders',
    select: ORDER_OPTION_COLUMNS,
    searchFields: ['order_no'],
    sorters: [{ field: 'created_at', order: 'desc' }],
    label: (o) => `${o.order_no} · ${o.customers?.name ?? ''}`,
    value,
  });
  const options = selectProps.options
    .filter((o) => !statuses || o.value === value || statuses.includes(records.get(o.value)?.status ?? ''))
    .map((o) => {
      const order = records.get(o.value);
      return {
        value: o.value,
        label: o.label,
        title: o.label,
        render: order ? (
          <span>
            {order.order_no}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
              {order.customers?.name}
            </Typography.Text>
          </span>
        ) : (
          o.label
        ),
      };
    });
  return (
    <Select<string>
      {...selectProps}
      options={options.map(({ value: v, label }) => ({ value: v, label }))}
      optionRender={(option) => options.find((o) => o.value === option.value)?.render ?? option.label}
      value={value ?? undefined}
      placeholder={placeholder ?? t('payments.placeholders.order')}
      notFoundContent={t('payments.placeholders.noOrder')}
      onChange={(next) => {
        onChange?.(next);
        onPick?.(next ? records.get(next) : undefined);
      }}
      {...rest}
    />
  );
}
