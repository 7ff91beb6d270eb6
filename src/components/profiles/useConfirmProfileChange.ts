import type { HookAPI } from 'antd/es/modal/useModal';
import { useTranslate } from '@refinedev/core';
import type { ProfileFormValues, ProfileRecord } from './types.ts';

/**
 * Changes that lock someone out (deactivation, removing or changing a role) are confirmed first.
 * Resolves true when the admin confirms or when nothing destructive is about to happen.
 */
export function useConfirmProfileChange(modal: HookAPI) {
  const t = useTranslate();

  return (before: ProfileRecord | undefined, after: ProfileFormValues): Promise<boolean> => {
    if (!before) return Promise.resolve(true);
    const roleName = (role: ProfileRecord['role']) => (role ? t(`roles.${role}`) : t('roles.none'));
    const reasons: string[] = [];
    if (before.active && after.active === false) {
      reasons.push(t('profiles.actions.confirmDeactivate', { email: before.email }));
    }
    if (before.role && !after.role) {
      reasons.push(t('profiles.actions.confirmRemoveRole', { email: before.email }));
    } else if (before.role && after.role && before.role !== after.role) {
      reasons.push(
        t('profiles.actions.confirmRoleChange', { email: before.email, from: roleName(before.role), to: roleName(after.role) }),
      );
    }
    if (reasons.length === 0) return Promise.resolve(true);

    return new Promise((resolve) => {
      modal.confirm({
        title: t('profiles.actions.confirmTitle'),
        content: reasons.join(' '),
        okText: t('profiles.actions.confirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('buttons.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
}
