import { useMutation } from '@tanstack/react-query';
import { grantSchema, type Grant } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

/** The owner cancelled the pending invite in Roles & Permissions (or never sent it): close the pass. */
export function useConfirmCancelled() {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: (grant: Grant) => unwrap(grantSchema, backend.passInviteCancelled(grant._id), 'close the pass'),
    onSettled: refresh,
  });
}
