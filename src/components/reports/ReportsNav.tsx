import { Menu } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useNavigate } from 'react-router';
import { REPORT_KEYS, type ReportKey } from './definitions.ts';

/** The list of reports beside every report page (the main menu has one 报表 entry). */
export function ReportsNav({ current }: { current?: ReportKey }) {
  const t = useTranslate();
  const navigate = useNavigate();
  return (
    <Menu
      data-testid="reports-nav"
      mode="inline"
      style={{ borderInlineEnd: 'none', background: 'transparent' }}
      selectedKeys={current ? [current] : []}
      items={REPORT_KEYS.map((key) => ({ key, label: t(`reports.names.${key}`) }))}
      onClick={({ key }) => navigate(`/reports/${key}`)}
    />
  );
}
