import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessRequestSchema } from '../../access/requests/access-request';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';
import { provisionedSchema } from './results';

export type Decision =
  { kind: 'approve'; requestId: string; roleTitle: string; reason: string } | { kind: 'decline'; requestId: string; reason: string };

/** Approves (and sets up the access) or declines, in the backend, which checks who decides. */
export function useDecideRequest() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (decision: Decision) =>
      decision.kind === 'approve'
        ? unwrap(
            provisionedSchema,
            backend.approveAccessRequest(decision.requestId, decision.roleTitle, decision.reason),
            'approve the access request',
          )
        : {
            request: await unwrap(
              accessRequestSchema,
              backend.declineAccessRequest(decision.requestId, decision.reason),
              'decline the access request',
            ),
          },
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
}
