export type TransferStatus = 'draft' | 'in_transit' | 'received' | 'cancelled';
export const TRANSFER_STATUSES: readonly TransferStatus[] = ['draft', 'in_transit', 'received', 'cancelled'];

export type TransferRow = {
  id: string;
  transfer_no: string;
  status: TransferStatus;
  from_warehouse_id: string;
  to_warehouse_id: string;
  note: string | null;
  created_at: string;
  dispatched_at: string | null;
  received_at: string | null;
  cancelled_at: string | null;
  from: { name: string } | null;
  to: { name: string } | null;
  stock_transfer_lines: { count: number }[];
};
export const TRANSFER_COLUMNS =
  'id, transfer_no, status, from_warehouse_id, to_warehouse_id, note, created_at, dispatched_at, received_at, cancelled_at, from:warehouses!from_warehouse_id(name), to:warehouses!to_warehouse_id(name), stock_transfer_lines(count)';
