import { Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslate } from '@refinedev/core';

export const MOVEMENT_TYPES = ['receipt', 'adjustment', 'transfer_out', 'transfer_in', 'shipment', 'return_in', 'scrap', 'write_off'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];

const COLORS: Record<MovementType, string> = {
  receipt: 'green',
  adjustment: 'gold',
  transfer_out: 'geekblue',
  transfer_in: 'blue',
  shipment: 'purple',
  return_in: 'cyan',
  scrap: 'volcano',
  write_off: 'red',
};

export function MovementTypeTag({ type }: { type: MovementType }) {
  const t = useTranslate();
  return <Tag color={COLORS[type] ?? 'default'}>{t(`stock_movements.types.${type}`)}</Tag>;
}

/** Where a ledger row's source document lives in the app (stock documents only, for now). */
const SOURCE_ROUTES: Record<string, string> = {
  stock_receipt: '/stock/receipts/show/',
  stock_adjustment: '/stock/stocktakes/show/',
  stock_transfer: '/stock/transfers/show/',
  stock_write_off: '/stock/write-offs/show/',
};

export function SourceLink({ type, id }: { type: string; id: string | null }) {
  const t = useTranslate();
  const label = t(`stock_movements.sources.${type}`, type);
  const route = SOURCE_ROUTES[type];
  if (!route || !id) return <span>{label}</span>;
  return <Link to={`${route}${id}`}>{label}</Link>;
}
