import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import { scheduleState } from './promotion.ts';

const COLORS = { inactive: 'default', scheduled: 'processing', running: 'success', ended: 'warning' } as const;

/** Where a promotion or coupon stands: scheduled / running / ended / deactivated. */
export function ScheduleTag({ row }: { row: { active: boolean; starts_at: string; ends_at: string | null } }) {
  const t = useTranslate();
  const state = scheduleState(row);
  return (
    <Tag color={COLORS[state]} data-state={state}>
      {t(`promotions.state.${state}`)}
    </Tag>
  );
}
