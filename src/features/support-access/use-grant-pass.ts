import { useMutation } from '@tanstack/react-query';
import type { Grant } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { grantAnswerSchema, type GrantInput } from '../../contract/passes';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

export type GrantCommand = GrantInput | { retry: Grant };

/**
 * Grants a new pass (or puts someone's current access on one), or retries the invite of a failed pass: one
 * backend command, which checks the form against the site, records the pass, invites (or guides) and logs.
 */
export function useGrantPass() {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: (input: GrantCommand) =>
      unwrap(
        grantAnswerSchema,
        'retry' in input ? backend.retryPassInvite(input.retry._id) : backend.grantPass(input),
        'give support access',
      ),
    // The lists are read again in the background: the outcome shows at once, and a Retry right after a failure is taken.
    onSettled: () => void refresh(),
  });
}
