import { Tag, Typography } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useList, useTranslate } from '@refinedev/core';
import type { CarrierRow } from './types.ts';

const COLORS: Record<string, string> = { shipped: 'processing', delivered: 'success' };

export function ShipmentStatusTag({ status }: { status: string }) {
  const t = useTranslate();
  return (
    <Tag color={COLORS[status]} data-status={status}>
      {t(`shipments.status.${status}`)}
    </Tag>
  );
}

/** The carriers (a handful), cached for every screen. */
export function useCarriers() {
  const { result, query } = useList<CarrierRow>({
    resource: 'carriers',
    pagination: { mode: 'off' },
    sorters: [{ field: 'sort_order', order: 'asc' }],
    meta: { select: 'code, name, tracking_url_template, active, sort_order' },
    queryOptions: { staleTime: 5 * 60_000 },
  });
  return { carriers: result.data, isLoading: query.isLoading };
}

/** The tracking number as a link to the carrier's tracking page (when the carrier has a template). */
export function TrackingLink({ url, trackingNo }: { url: string | null | undefined; trackingNo: string | null | undefined }) {
  if (!trackingNo) return <Typography.Text type="secondary">—</Typography.Text>;
  if (!url) return <Typography.Text copyable>{trackingNo}</Typography.Text>;
  return (
    <Typography.Text copyable={{ text: trackingNo }}>
      <a href={url} target="_blank" rel="noopener noreferrer" data-testid="tracking-link">
        {trackingNo} <LinkOutlined />
      </a>
    </Typography.Text>
  );
}
