import { Button, Popconfirm } from 'antd';
import { PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useCan, useTranslate, useUpdate } from '@refinedev/core';

/**
 * Switches a promotion or coupon off (or back on) after a confirmation. Admins only (the table's
 * update policy); other roles see nothing.
 */
export function DeactivateButton({ resource, id, name, active, size = 'small' }: { resource: 'promotions' | 'coupons'; id: string; name: string; active: boolean; size?: 'small' | 'middle' }) {
  const t = useTranslate();
  const { data: canEdit } = useCan({ resource, action: 'edit' });
  const { mutate, mutation } = useUpdate();
  if (!canEdit?.can) return null;
  const next = !active;
  return (
    <Popconfirm
      title={t(active ? 'promotions.actions.deactivateConfirm' : 'promotions.actions.activateConfirm', { name })}
      description={active ? t('promotions.actions.deactivateHint') : undefined}
      okText={t(active ? 'promotions.actions.deactivate' : 'promotions.actions.activate')}
      okButtonProps={{ danger: active }}
      cancelText={t('buttons.cancel')}
      onConfirm={() =>
        new Promise<void>((resolve) =>
          mutate(
            {
              resource,
              id,
              values: { active: next },
              meta: { select: 'id, active' },
              successNotification: () => ({ type: 'success', message: t(active ? 'promotions.actions.deactivated' : 'promotions.actions.activated', { name }) }),
            },
            { onSettled: () => resolve() },
          ),
        )
      }
    >
      <Button size={size} danger={active} icon={active ? <PauseCircleOutlined /> : <PlayCircleOutlined />} loading={mutation.isPending}>
        {t(active ? 'promotions.actions.deactivate' : 'promotions.actions.activate')}
      </Button>
    </Popconfirm>
  );
}
