import { useMutation } from '@tanstack/react-query';
import type { Grant } from '../../access/support-pass';
import { useOperationContext } from '../../app/app-context';
import { confirmInviteCancelled } from '../../operations/guided-passes';
import { useRefreshSupport } from './use-refresh-support';

/** The owner cancelled the pending invite in Roles & Permissions (or never sent it): close the pass. */
export function useConfirmCancelled() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  return useMutation({ mutationFn: (grant: Grant) => confirmInviteCancelled(context, grant), onSettled: refresh });
}
