import { Button, Space } from 'antd';
import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import { Create } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { SalesOrderForm } from '../../components/sales-orders/SalesOrderForm.tsx';
import { useOrderEntry } from '../../components/sales-orders/useOrderEntry.ts';

export default function SalesOrdersCreate() {
  const t = useTranslate();
  const entry = useOrderEntry();
  const busy = entry.phase !== 'idle';
  return (
    <Create
      footerButtons={
        <Space>
          <Button icon={<SaveOutlined />} loading={entry.phase === 'creating' && !entry.savedDraft} disabled={busy} onClick={() => entry.submit(false)}>
            {t('sales_orders.actions.saveDraft')}
          </Button>
          <Button type="primary" icon={<CheckOutlined />} loading={busy} onClick={() => entry.submit(true)}>
            {t('sales_orders.actions.saveAndConfirm')}
          </Button>
        </Space>
      }
    >
      <SalesOrderForm entry={entry} />
    </Create>
  );
}
