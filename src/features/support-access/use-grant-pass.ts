import { useMutation } from '@tanstack/react-query';
import type { Contributor, Role } from '../../access/people';
import type { Grant } from '../../access/support-pass';
import { useOperationContext } from '../../app/app-context';
import { useConnected } from '../../app/use-connection';
import { adoptAccess } from '../../operations/adopt-access';
import { grantPass, invitePass, type PassRequest } from '../../operations/support-passes';
import { useRefreshSupport } from './use-refresh-support';

export type GrantInput = { request: PassRequest & { existingPerson?: Contributor } } | { retry: Grant; role: Role };

/** Grants a new pass (or puts someone's current access on one), or retries the invite of a failed pass. Guided unless a key is connected. */
export function useGrantPass() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  const connected = useConnected();
  return useMutation({
    mutationFn: (input: GrantInput) => {
      if (!('request' in input)) return invitePass(context, input.retry, input.role);
      const { existingPerson, ...request } = input.request;
      return existingPerson ? adoptAccess(context, request, existingPerson) : grantPass(context, request, connected);
    },
    // The lists are read again in the background: the outcome shows at once, and a Retry right after a failure is taken.
    onSettled: () => void refresh(),
  });
}
