import { useEffect } from 'react';
import { useWarnAboutChange } from '@refinedev/core';

/**
 * For forms that post through an RPC rather than Refine's useForm: turns Refine's "unsaved changes"
 * warning on while the form is dirty, and off when it is posted or left.
 */
export function useUnsavedChanges() {
  const { setWarnWhen } = useWarnAboutChange();
  useEffect(() => () => setWarnWhen(false), [setWarnWhen]);
  return {
    onValuesChange: () => setWarnWhen(true),
    markSaved: () => setWarnWhen(false),
  };
}
