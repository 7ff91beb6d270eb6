import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';

export type ExpiryStatus = 'none' | 'ok' | 'expiring' | 'expired';

export const EXPIRY_STATUSES: readonly ExpiryStatus[] = ['expired', 'expiring', 'ok', 'none'];

/** Expired red, expiring orange, fine green; with the days left (or past) when there is a date. */
export function ExpiryTag({ status, days }: { status: ExpiryStatus; days?: number | null }) {
  const t = useTranslate();
  if (status === 'expired') {
    return (
      <Tag color="error" data-expiry="expired">
        {t('stock.expiry.expiredDays', { days: Math.abs(days ?? 0) })}
      </Tag>
    );
  }
  if (status === 'expiring') {
    return (
      <Tag color="warning" data-expiry="expiring">
        {days === 0 ? t('stock.expiry.today') : t('stock.expiry.expiringDays', { days: days ?? 0 })}
      </Tag>
    );
  }
  if (status === 'ok') {
    return (
      <Tag color="success" data-expiry="ok">
        {t('stock.expiry.ok')}
      </Tag>
    );
  }
  return <Tag data-expiry="none">{t('stock.expiry.none')}</Tag>;
}

/** The same status computed on the client (for lines that are not read from stock_batch_list). */
export function expiryStatus(expiry: string | null | undefined, today: string, alertDays: number): { status: ExpiryStatus; days: number | null } {
  if (!expiry) return { status: 'none', days: null };
  const days = Math.round((Date.parse(`${expiry}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return { status: 'expired', days };
  if (days <= alertDays) return { status: 'expiring', days };
  return { status: 'ok', days };
}
