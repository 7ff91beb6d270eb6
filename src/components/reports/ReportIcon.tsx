import {
  AlertOutlined,
  BarChartOutlined,
  ClockCircleOutlined,
  DatabaseOutlined,
  FundOutlined,
  ShoppingCartOutlined,
  SyncOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReportKey } from './definitions.ts';

const ICONS: Record<ReportKey, typeof BarChartOutlined> = {
  sales: BarChartOutlined,
  profit: FundOutlined,
  inventory: DatabaseOutlined,
  turnover: SyncOutlined,
  'days-of-cover': ClockCircleOutlined,
  replenishment: ShoppingCartOutlined,
  expiry: AlertOutlined,
  customers: TeamOutlined,
};

export function ReportIcon({ report }: { report: ReportKey }) {
  const Icon = ICONS[report];
  return <Icon style={{ fontSize: 28, color: '#1677ff' }} />;
}
