import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessRequestSchema, type AccessRequest } from '../../access/requests/access-request';
import { grantSchema, type Grant } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';
import { provisionedSchema } from './results';

export type SetupStep =
  { kind: 'pass-invite-sent'; grant: Grant } | { kind: 'invite-sent'; request: AccessRequest } | { kind: 'retry'; request: AccessRequest };

/**
 * What the owner does after approving: says they sent the invite in Roles & Permissions (a pass or
 * permanent access: a backend command each), or tries a failed setup again.
 */
export function useFinishSetup() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (step: SetupStep): Promise<unknown> => {
      if (step.kind === 'pass-invite-sent')
        return unwrap(grantSchema, backend.passInviteSent(step.grant._id), 'record the invite you sent');
      if (step.kind === 'invite-sent') return unwrap(accessRequestSchema, backend.requestInviteSent(step.request._id), 'record the invite');
      return unwrap(provisionedSchema, backend.provisionAccessRequest(step.request._id), 'set up the requested access');
    },
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
}
