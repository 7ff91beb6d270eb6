import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { AppRole } from '../../providers/permissions.ts';

const COLORS: Record<AppRole, string> = {
  admin: 'volcano',
  sales: 'blue',
  warehouse: 'green',
  finance: 'purple',
};

export function RoleTag({ role }: { role: AppRole | null | undefined }) {
  const t = useTranslate();
  if (!role) return <Tag>{t('roles.none')}</Tag>;
  return (
    <Tag color={COLORS[role]} data-role={role}>
      {t(`roles.${role}`)}
    </Tag>
  );
}
