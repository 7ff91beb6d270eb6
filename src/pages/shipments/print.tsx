import { useParams } from 'react-router';
import { DeliveryNote } from '../../components/shipments/DeliveryNote.tsx';

/** /shipments/show/:id/print — the delivery note alone (the app chrome hides when printing). */
export default function ShipmentsPrint() {
  const { id } = useParams();
  return id ? <DeliveryNote shipmentId={id} /> : null;
}
