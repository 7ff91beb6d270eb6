import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { Show } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { useRecord } from '../../components/common/useRecord.ts';
import { ShipmentActions } from '../../components/shipments/ShipmentActions.tsx';
import { ShipmentDetails } from '../../components/shipments/ShipmentDetails.tsx';
import { SHIPMENT_COLUMNS, type ShipmentRow } from '../../components/shipments/types.ts';

export default function ShipmentsShow() {
  const t = useTranslate();
  const { record: shipment, query } = useRecord<ShipmentRow>({ select: SHIPMENT_COLUMNS });
  return (
    <Show
      isLoading={query.isLoading}
      title={shipment?.shipment_no}
      canEdit={false}
      canDelete={false}
      headerButtons={({ defaultButtons }) => (
        <>
          {shipment && <ShipmentActions shipment={shipment} />}
          {shipment && (
            <Link to={`/shipments/show/${shipment.id}/print`}>
              <Button icon={<PrinterOutlined />}>{t('shipments.actions.print')}</Button>
            </Link>
          )}
          {defaultButtons}
        </>
      )}
    >
      {shipment && <ShipmentDetails shipment={shipment} />}
    </Show>
  );
}
