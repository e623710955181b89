import type { Role } from '../../access/people';
import { rolesInfo } from '../../wix/roles-info';
import { invitesApi, type BulkInviteResult, type SentInvite } from '../../wix/invites';
import type { BackendPlatform } from '../platform';
import { withApiKey } from './connection';

/** Site invites and the roles catalogue: account-level APIs, so only with the owner's key. */
export const keyInvites = (platform: BackendPlatform) => ({
  bulkInvite: (roleId: string, emails: string[], purpose?: string): Promise<BulkInviteResult> =>
    withApiKey(platform, (client) => invitesApi(client).bulkInvite(roleId, emails, purpose)),
  resend: (inviteId: string): Promise<SentInvite> => withApiKey(platform, (client) => invitesApi(client).resend(inviteId)),
  revoke: (inviteId: string): Promise<void> => withApiKey(platform, (client) => invitesApi(client).revoke(inviteId)),
  roles: (): Promise<Role[]> => withApiKey(platform, rolesInfo),
});
