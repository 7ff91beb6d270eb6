import { lazy, Suspense, useState } from 'react';
import { Button, Modal, Skeleton } from 'antd';
import { ImportOutlined } from '@ant-design/icons';
import { useCan, useTranslate } from '@refinedev/core';

// The reader and validator (and xlsx) load when the dialog opens.
const ProductImport = lazy(() => import('./ProductImport.tsx').then((m) => ({ default: m.ProductImport })));

/** "导入" on the products list, for those who may create products (admins): opens the Excel import. */
export function ImportButton() {
  const t = useTranslate();
  const { data: canCreate } = useCan({ resource: 'products', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!canCreate?.can) return null;
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-testid="product-import-button">
        {t('product_import.button')}
      </Button>
      <Modal open={open} title={t('product_import.title')} width={860} footer={null} destroyOnHidden onCancel={() => setOpen(false)}>
        <Suspense fallback={<Skeleton active />}>
          <ProductImport onDone={() => setOpen(false)} />
        </Suspense>
      </Modal>
    </>
  );
}
