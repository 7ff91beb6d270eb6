import { useState } from 'react';
import { Button, Form, InputNumber, Modal } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { useCan, useTranslate } from '@refinedev/core';
import { countRules } from '../common/rules.ts';
import { useCapability } from '../common/useCapability.ts';
import { useRpc } from '../common/useRpc.ts';
import type { ProductRecord } from './types.ts';

/**
 * Warehouse keepers own replenishment levels without editing the product: they set safety stock
 * through set_product_safety_stock(). Admins edit it in the product form, so they do not see this.
 */
export function SafetyStockButton({ product }: { product: ProductRecord }) {
  const t = useTranslate();
  const allowed = useCapability('set_safety_stock');
  const { data: canEdit } = useCan({ resource: 'products', action: 'edit' });
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ safety_stock: number }>();
  const rpc = useRpc('set_product_safety_stock', { invalidates: ['products', 'stock_levels', 'alerts'], success: t('products.actions.safetySaved') });
  if (!allowed || canEdit?.can) return null;
  return (
    <>
      <Button icon={<SafetyOutlined />} onClick={() => { form.setFieldsValue({ safety_stock: product.safety_stock }); setOpen(true); }}>
        {t('products.actions.setSafety')}
      </Button>
      <Modal
        open={open}
        title={t('products.actions.setSafety')}
        okText={t('buttons.save')}
        cancelText={t('buttons.cancel')}
        confirmLoading={rpc.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        width={420}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            rpc.mutate({ p_product_id: product.id, p_safety_stock: values.safety_stock }, { onSuccess: () => setOpen(false) })
          }
        >
          <Form.Item name="safety_stock" label={t('products.fields.safety_stock')} rules={countRules(t)} extra={t('products.actions.safetyHint')}>
            <InputNumber<number> min={0} addonAfter={product.unit} style={{ width: '100%' }} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
