import { Button, Card, Col, Descriptions, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { DateField } from '@refinedev/antd';
import { Link } from 'react-router';
import { useCan, useList, useTranslate } from '@refinedev/core';
import { formatMoney, toNumber } from '../common/format.ts';
import { SalesOrdersTable } from '../sales-orders/SalesOrdersTable.tsx';
import { formatAddress, type CustomerRecord, type CustomerStats } from './customer.ts';

/** A customer: facts, lifetime figures (orders not cancelled), delivery addresses and purchase history. */
export function CustomerDetails({ customer }: { customer: CustomerRecord }) {
  const t = useTranslate();
  const { data: canOrder } = useCan({ resource: 'sales_orders', action: 'create' });
  const { result: statsResult, query: statsQuery } = useList<CustomerStats & { customer_id: string }>({
    resource: 'customer_order_stats',
    pagination: { mode: 'off' },
    filters: [{ field: 'customer_id', operator: 'eq', value: customer.id }],
    meta: { select: 'customer_id, order_count, total_amount, net_paid, first_order_at, last_order_at' },
  });
  const stats = statsResult.data[0];
  const count = toNumber(stats?.order_count);
  const addresses = [...(customer.customer_addresses ?? [])].sort((a, b) => Number(b.is_default) - Number(a.is_default));

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card size="small" loading={statsQuery.isLoading}>
            <Statistic title={t('customers.fields.order_count')} value={count} data-testid="customer-order-count" />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" loading={statsQuery.isLoading}>
            <Statistic title={t('customers.fields.lifetime_value')} value={formatMoney(stats?.total_amount ?? 0)} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" loading={statsQuery.isLoading}>
            <Statistic title={t('customers.fields.net_paid')} value={formatMoney(stats?.net_paid ?? 0)} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card size="small" loading={statsQuery.isLoading}>
            <Statistic
              title={t('customers.fields.last_order_at')}
              valueRender={() => (stats?.last_order_at ? <DateField value={stats.last_order_at} format="YYYY-MM-DD" /> : <span>—</span>)}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Descriptions
            bordered
            size="small"
            column={1}
            items={[
              { key: 'kind', label: t('customers.fields.kind'), children: t(`customers.kinds.${customer.kind}`) },
              { key: 'contact', label: t('customers.fields.contact_name'), children: customer.contact_name ?? '—' },
              { key: 'phone', label: t('customers.fields.phone'), children: customer.phone ? <Typography.Text copyable>{customer.phone}</Typography.Text> : '—' },
              { key: 'email', label: t('customers.fields.email'), children: customer.email ?? '—' },
              { key: 'tags', label: t('customers.fields.tags'), children: customer.tags.length ? customer.tags.map((x) => <Tag key={x}>{x}</Tag>) : '—' },
              {
                key: 'active',
                label: t('customers.fields.active'),
                children: <Tag color={customer.active ? 'success' : 'default'}>{t(customer.active ? 'customers.status.active' : 'customers.status.inactive')}</Tag>,
              },
              { key: 'note', label: t('customers.fields.note'), children: customer.note ?? '—' },
              { key: 'created', label: t('customers.fields.created_at'), children: <DateField value={customer.created_at} format="YYYY-MM-DD HH:mm" /> },
            ]}
          />
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('customers.titles.addresses')}>
            <List
              size="small"
              dataSource={addresses}
              locale={{ emptyText: t('customers.empty.noAddresses') }}
              renderItem={(a) => (
                <List.Item>
                  <Space wrap size={6}>
                    {a.is_default && <Tag color="blue">{t('customers.fields.is_default')}</Tag>}
                    {a.label && <Tag>{a.label}</Tag>}
                    <span>{formatAddress(a)}</span>
                    {a.postal_code && <Typography.Text type="secondary">{a.postal_code}</Typography.Text>}
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={t('customers.titles.history')}
        extra={
          canOrder?.can &&
          customer.active && (
            <Link to={`/orders/create?customer_id=${customer.id}`}>
              <Button type="primary" icon={<PlusOutlined />}>{t('customers.actions.newOrder')}</Button>
            </Link>
          )
        }
      >
        <SalesOrdersTable customerId={customer.id} />
      </Card>
    </Space>
  );
}
