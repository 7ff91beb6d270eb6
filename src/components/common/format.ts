/**
 * Number and date display for stock screens. Quantities are numeric(14,3) and arrive from PostgREST as
 * JSON numbers (or strings for very large values); money has 2 decimals, unit costs 4.
 */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return 0;
}

const qtyFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const moneyFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const costFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** 1,234.5 — at most 3 decimals, no trailing zeros. */
export const formatQty = (value: unknown) => qtyFormat.format(toNumber(value));
/** ¥1,234.50 */
export const formatMoney = (value: unknown) => `¥${moneyFormat.format(toNumber(value))}`;
/** ¥12.3456 — unit costs keep up to 4 decimals. */
export const formatCost = (value: unknown) => `¥${costFormat.format(toNumber(value))}`;
/** A signed quantity: +5 / −3. */
export const formatSigned = (value: unknown) => {
  const n = toNumber(value);
  return n > 0 ? `+${formatQty(n)}` : n < 0 ? `−${formatQty(-n)}` : '0';
};

/** The number of decimals a number is written with (1e-7 style included). */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const text = String(value);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) {
    const mantissa = text.slice(0, text.indexOf('e'));
    return Number(exp[1]) + (mantissa.split('.')[1]?.length ?? 0);
  }
  return text.split('.')[1]?.length ?? 0;
}

/** Today's date in the merchant's time zone (Asia/Shanghai), as YYYY-MM-DD, like the database's business_date(). */
export function businessToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** YYYY-MM-DD plus n days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
