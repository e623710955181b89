import { useMutation } from '@tanstack/react-query';
import type { Grant } from '../../access/support-pass';
import { useOperationContext } from '../../app/app-context';
import { recordManualInvite } from '../../operations/guided-passes';
import { useRefreshSupport } from './use-refresh-support';

/** The owner sent the invite in Wix themselves: keep tracking the pass. */
export function useManualInvite() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  return useMutation({ mutationFn: (grant: Grant) => recordManualInvite(context, grant), onSuccess: refresh });
}
