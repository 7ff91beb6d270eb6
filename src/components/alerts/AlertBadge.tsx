import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Badge, Button, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useCan, useList, useTranslate } from '@refinedev/core';

/** The header bell: open alerts, refreshed every minute and on every navigation; opens the alert centre. */
export function AlertBadge() {
  const t = useTranslate();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { data: canList } = useCan({ resource: 'alerts', action: 'list' });
  // Only the number: a HEAD request with an exact count (data provider `meta.head`), no rows travel.
  const { result, query } = useList({
    resource: 'alerts',
    filters: [{ field: 'status', operator: 'eq', value: 'open' }],
    pagination: { pageSize: 1 },
    meta: { select: 'id', head: true, count: 'exact' },
    queryOptions: { enabled: !!canList?.can, refetchInterval: 60_000, staleTime: 5_000 },
  });
  const count = result.total;
  const refetch = query.refetch;
  useEffect(() => {
    if (canList?.can) void refetch();
  }, [pathname, canList?.can, refetch]);
  if (!canList?.can) return null;
  const label = t('alerts.badge', { count: count ?? 0 });
  return (
    <Tooltip title={label}>
      <Badge count={count ?? 0} size="small" overflowCount={99} data-testid="alert-badge" data-count={count ?? 0}>
        <Button type="text" shape="circle" icon={<BellOutlined />} aria-label={label} onClick={() => navigate('/alerts')} />
      </Badge>
    </Tooltip>
  );
}
