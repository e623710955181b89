import { useMutation } from '@tanstack/react-query';
import { grantSchema, type Grant } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

/** The owner sent the invite in Wix themselves: keep tracking the pass. */
export function useManualInvite() {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: (grant: Grant) => unwrap(grantSchema, backend.passInviteSent(grant._id), 'record the invite you sent'),
    onSuccess: refresh,
  });
}
