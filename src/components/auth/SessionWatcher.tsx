import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { onUserChange } from '../../providers/auth-provider.ts';

/**
 * When the signed-in user changes (sign-out, or another account signs in in this or another tab),
 * drop everything cached for the previous user: permission answers, identity and data.
 */
export function SessionWatcher() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUserChange(() => {
        queryClient.removeQueries({ queryKey: ['access'] });
        queryClient.removeQueries({ queryKey: ['data'] });
        void queryClient.invalidateQueries({ queryKey: ['auth'] });
      }),
    [queryClient],
  );
  return null;
}
