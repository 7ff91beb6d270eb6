import { useMemo, useState } from 'react';
import { AutoComplete, Button, Card, Col, Flex, Form, Input, InputNumber, Modal, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useList, useNavigation, useTranslate, useWarnAboutChange } from '@refinedev/core';
import { CategoryTreeSelect } from '../categories/CategoryTreeSelect.tsx';
import { descendantIds } from '../categories/tree.ts';
import { useCategories } from '../categories/useCategories.ts';
import { EmptyHint } from '../common/EmptyHint.tsx';
import { formatQty, formatSigned } from '../common/format.ts';
import { nameRules, textRules } from '../common/rules.ts';
import { useRpc } from '../common/useRpc.ts';
import { ProductSelect, type ProductOption } from '../inventory/ProductSelect.tsx';
import { WarehouseSelect } from '../inventory/WarehouseSelect.tsx';
import { countedRows, sheetProblem, stocktakeLines, type Counts, type SheetRow } from './sheet.ts';

type LevelRow = {
  product_id: string;
  on_hand: number;
  products: { sku: string; name: string; spec: string; unit: string; category_id: string | null; track_batches: boolean } | null;
};
type Header = { warehouse_id?: string; category?: string; reason?: string; note?: string };

const REASONS = ['monthly', 'yearly', 'spot', 'damage', 'correction'] as const;

/**
 * A stocktake: pick a warehouse, enter counted quantities on the sheet (the book quantity is shown),
 * and post. post_stocktake() records each counted line with the book quantity at posting time and
 * posts counted − book as an adjustment, under the reason given.
 */
export function StocktakeSheet() {
  const t = useTranslate();
  const [form] = Form.useForm<Header>();
  const { show } = useNavigation();
  const { setWarnWhen } = useWarnAboutChange();
  const [modal, modalHolder] = Modal.useModal();
  const { rows: categories } = useCategories();
  const warehouseId = Form.useWatch('warehouse_id', form);
  const category = Form.useWatch('category', form);
  const [search, setSearch] = useState('');
  const [counts, setCounts] = useState<Counts>({});
  const [extra, setExtra] = useState<SheetRow[]>([]);

  const { result, query } = useList<LevelRow>({
    resource: 'stock_levels',
    pagination: { pageSize: 500 },
    filters: [{ field: 'warehouse_id', operator: 'eq', value: warehouseId }],
    sorters: [{ field: 'products(name)', order: 'asc' }],
    meta: { select: 'product_id, on_hand, products(sku, name, spec, unit, category_id, track_batches)' },
    queryOptions: { enabled: !!warehouseId },
  });

  const sheet: SheetRow[] = useMemo(() => {
    const base = (warehouseId ? result.data : []).map((level) => ({
      product_id: level.product_id,
      sku: level.products?.sku ?? '',
      name: level.products?.name ?? '',
      spec: level.products?.spec ?? '',
      unit: level.products?.unit ?? '',
      category_id: level.products?.category_id ?? null,
      track_batches: !!level.products?.track_batches,
      book: Number(level.on_hand),
    }));
    const known = new Set(base.map((row) => row.product_id));
    return [...base, ...extra.filter((row) => !known.has(row.product_id))];
  }, [result.data, extra, warehouseId]);

  const visible = useMemo(() => {
    const inCategory = category ? descendantIds(categories, category) : undefined;
    const needle = search.trim().toLowerCase();
    return sheet.filter(
      (row) =>
        (!inCategory || (row.category_id && inCategory.has(row.category_id))) &&
        (!needle || row.name.toLowerCase().includes(needle) || row.sku.toLowerCase().includes(needle)),
    );
  }, [sheet, category, categories, search]);

  const counted = countedRows(sheet, counts);
  const gains = counted.filter((c) => c.diff > 0);
  const losses = counted.filter((c) => c.diff < 0);

  const setCount = (productId: string, patch: Counts[string]) => {
    setWarnWhen(true);
    setCounts((prev) => ({ ...prev, [productId]: { ...prev[productId], ...patch } }));
  };

  const post = useRpc<{ id: string; adjustment_no: string }>('post_stocktake', {
    invalidates: ['stocktakes', 'stock_levels', 'stock_batches', 'stock_movements', 'products', 'alerts'],
    success: (doc) => t('stocktakes.actions.posted', { no: doc.adjustment_no }),
  });

  const submit = async () => {
    let header: Header;
    try {
      header = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    const problem = sheetProblem(t, sheet, counts);
    if (problem) {
      modal.warning({ title: t('stocktakes.actions.cannotPost'), content: problem, okText: t('stock.actions.ok') });
      return;
    }
    modal.confirm({
      title: t('stocktakes.actions.confirmTitle'),
      content: t('stocktakes.actions.confirmContent', { counted: counted.length, gains: gains.length, losses: losses.length }),
      okText: t('stocktakes.actions.post'),
      cancelText: t('buttons.cancel'),
      onOk: () =>
        new Promise<void>((resolve) =>
          post.mutate(
            {
              p_warehouse_id: header.warehouse_id,
              p_reason: header.reason?.trim(),
              p_note: header.note?.trim() || null,
              p_lines: stocktakeLines(sheet, counts),
            },
            {
              onSuccess: (doc) => {
                setWarnWhen(false);
                show('stocktakes', doc.id, 'replace');
                resolve();
              },
              onError: () => resolve(),
            },
          ),
        ),
    });
  };

  return (
    <>
      {modalHolder}
      <Form<Header>
        form={form}
        layout="vertical"
        onValuesChange={(changed: Header) => {
          if ('warehouse_id' in changed) {
            setCounts({});
            setExtra([]);
          } else {
            setWarnWhen(true);
          }
        }}
      >
        <Card size="small" title={t('stocktakes.titles.header')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item name="warehouse_id" label={t('stock.fields.warehouse')} rules={[{ required: true, message: t('validation.required') }]}>
                <WarehouseSelect activeOnly />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="category" label={t('stocktakes.fields.scope')}>
                <CategoryTreeSelect placeholder={t('stocktakes.actions.allCategories')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="reason" label={t('stocktakes.fields.reason')} rules={nameRules(t, 200)}>
                <AutoComplete
                  options={REASONS.map((reason) => ({ value: t(`stocktakes.reasons.${reason}`) }))}
                  placeholder={t('stocktakes.actions.reasonPlaceholder')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="note" label={t('stock.fields.note')} rules={textRules(t, 500)}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
      </Form>

      <Card
        size="small"
        title={t('stocktakes.titles.sheet')}
        extra={
          warehouseId && (
            <Space wrap>
              <Input
                allowClear
                size="small"
                prefix={<SearchOutlined />}
                placeholder={t('stocktakes.actions.filterSheet')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                style={{ width: 200 }}
              />
              <Button
                size="small"
                onClick={() => {
                  setWarnWhen(true);
                  setCounts((prev) => {
                    const next = { ...prev };
                    for (const row of visible) if (next[row.product_id]?.counted == null) next[row.product_id] = { ...next[row.product_id], counted: row.book };
                    return next;
                  });
                }}
              >
                {t('stocktakes.actions.fillBook')}
              </Button>
            </Space>
          )
        }
      >
        {!warehouseId ? (
          <EmptyHint text={t('stocktakes.empty.pickWarehouse')} />
        ) : (
          <>
            <Table<SheetRow>
              rowKey="product_id"
              size="small"
              loading={query.isFetching}
              dataSource={visible}
              pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
              rowClassName={(row) => {
                const c = counts[row.product_id]?.counted;
                if (c === undefined || c === null) return '';
                return Number(c) === row.book ? 'row-counted' : 'row-diff';
              }}
              locale={{ emptyText: <EmptyHint text={t('stocktakes.empty.noStock')} /> }}
              scroll={{ x: 760 }}
            >
              <Table.Column<SheetRow>
                key="product"
                title={t('stock.fields.product')}
                render={(_, row) => (
                  <Space direction="vertical" size={0}>
                    <span>
                      {row.name} {row.track_batches && <Tag color="blue">{t('stocktakes.actions.batchTracked')}</Tag>}
                    </span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.sku}
                      {row.spec ? ` · ${row.spec}` : ''}
                    </Typography.Text>
                  </Space>
                )}
              />
              <Table.Column<SheetRow> key="book" title={t('stocktakes.fields.book_qty')} align="right" render={(_, row) => `${formatQty(row.book)} ${row.unit}`} />
              <Table.Column<SheetRow>
                key="counted"
                title={t('stocktakes.fields.counted_qty')}
                width={150}
                render={(_, row) => (
                  <InputNumber<number>
                    min={0}
                    value={counts[row.product_id]?.counted ?? null}
                    onChange={(value) => setCount(row.product_id, { counted: value })}
                    placeholder={t('stocktakes.actions.notCounted')}
                    style={{ width: '100%' }}
                    data-testid={`count-${row.sku}`}
                  />
                )}
              />
              <Table.Column<SheetRow>
                key="diff"
                title={t('stocktakes.fields.difference')}
                align="right"
                width={200}
                render={(_, row) => {
                  const c = counts[row.product_id]?.counted;
                  if (c === undefined || c === null) return <Typography.Text type="secondary">—</Typography.Text>;
                  const diff = Math.round((Number(c) - row.book) * 1000) / 1000;
                  return (
                    <Space direction="vertical" size={4} style={{ alignItems: 'flex-end' }}>
                      <Typography.Text type={diff > 0 ? 'success' : diff < 0 ? 'danger' : 'secondary'} strong={diff !== 0} data-testid={`diff-${row.sku}`}>
                        {diff === 0 ? t('stocktakes.actions.noDifference') : formatSigned(diff)}
                      </Typography.Text>
                      {row.track_batches && diff > 0 && (
                        <Input
                          size="small"
                          maxLength={64}
                          placeholder={t('stocktakes.actions.surplusBatch')}
                          value={counts[row.product_id]?.batch_no ?? ''}
                          onChange={(e) => setCount(row.product_id, { batch_no: e.target.value })}
                          style={{ width: 150 }}
                        />
                      )}
                    </Space>
                  );
                }}
              />
            </Table>
            <Flex align="center" gap={8} style={{ marginTop: 12 }} wrap>
              <Typography.Text type="secondary">{t('stocktakes.actions.addProduct')}</Typography.Text>
              <ProductSelect
                style={{ width: 320 }}
                value={null}
                onPick={(product?: ProductOption) => {
                  if (!product) return;
                  setExtra((prev) =>
                    prev.some((r) => r.product_id === product.id)
                      ? prev
                      : [...prev, { product_id: product.id, sku: product.sku, name: product.name, spec: product.spec, unit: product.unit, category_id: null, track_batches: product.track_batches, book: 0 }],
                  );
                  setSearch(product.sku);
                }}
              />
            </Flex>
          </>
        )}
      </Card>

      <Card size="small" style={{ marginTop: 16 }}>
        <Flex justify="space-between" align="center" wrap gap={16}>
          <Space size={32} wrap>
            <Statistic title={t('stocktakes.fields.counted')} value={counted.length} suffix={`/ ${sheet.length}`} />
            <Statistic title={t('stocktakes.fields.gains')} value={gains.length} valueStyle={{ color: '#389e0d' }} />
            <Statistic title={t('stocktakes.fields.losses')} value={losses.length} valueStyle={{ color: '#cf1322' }} />
          </Space>
          <Button type="primary" size="large" loading={post.isPending} disabled={!warehouseId || counted.length === 0} onClick={() => void submit()}>
            {t('stocktakes.actions.post')}
          </Button>
        </Flex>
      </Card>
    </>
  );
}
