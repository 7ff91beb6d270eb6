import type { NotificationProvider } from '@refinedev/core';
import type { NotificationInstance } from 'antd/es/notification/interface';
import i18n from '../i18n/index.ts';

/**
 * Refine notifications through an antd `notification.useNotification()` instance (rendered inside
 * ConfigProvider, so it follows the theme and locale). Written here rather than taken from
 * @refinedev/antd, and without antd's <App>, so the login route loads neither that package nor
 * antd's Modal (see `npm run bench:bundle`).
 */
export function createNotificationProvider(api: NotificationInstance): NotificationProvider {
  return {
    open: ({ key, message, description, type, cancelMutation, undoableTimeout }) => {
      if (type === 'progress') {
        const seconds = undoableTimeout ?? 5;
        api.info({
          key,
          message,
          description: description ?? i18n.t('notifications.undoable', { seconds }),
          duration: seconds,
          btn: (
            <button
              type="button"
              className="notification-undo"
              onClick={() => {
                cancelMutation?.();
                if (key) api.destroy(key);
              }}
            >
              {i18n.t('buttons.undo')}
            </button>
          ),
        });
        return;
      }
      api[type]({ key, message, description });
    },
    close: (key) => api.destroy(key),
  };
}
