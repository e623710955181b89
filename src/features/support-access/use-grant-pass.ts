import { useMutation } from '@tanstack/react-query';
import type { Role } from '../../access/people';
import type { Grant } from '../../access/support-pass';
import { useOperationContext } from '../../app/app-context';
import { grantPass, invitePass, type PassRequest } from '../../operations/support-passes';
import { useRefreshSupport } from './use-refresh-support';

export type GrantInput = { request: PassRequest } | { retry: Grant; role: Role };

/** Grants a new pass, or retries the invite of a failed one. */
export function useGrantPass() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: (input: GrantInput) => ('request' in input ? grantPass(context, input.request) : invitePass(context, input.retry, input.role)),
    onSettled: refresh,
  });
}
