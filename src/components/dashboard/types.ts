/** report_dashboard()'s answer (supabase/migrations/*_report_functions.sql). */
export type KpiBlock = {
  orders: number;
  order_amount: number;
  units: number;
  revenue: number;
  gross_profit: number | null;
  payments_in: number;
  refunds_out: number;
};

export type DashboardData = {
  as_of: string;
  scope: 'all' | 'own';
  costs: boolean;
  today: KpiBlock;
  month: KpiBlock;
  trend: { day: string; orders: number; revenue: number; gross_profit: number | null }[] | null;
  top_products: { product_id: string; sku: string; name: string; units: number; revenue: number }[];
  category_share: { category_id: string | null; name: string | null; revenue: number; share: number }[];
  alerts: { low_stock: number; expiring: number; expired: number; total: number };
  open_orders: number;
  open_returns: number;
};
