import type { Role } from '../../access/people';
import { invitesApi, type BulkInviteResult, type SentInvite } from '../../wix/invites';
import { rolesInfo } from '../../wix/roles-info';
import { contributorsApi } from '../../wix/contributors';
import { documentedStanding } from '../../access/people';
import type { BackendPlatform } from '../platform';
import { ownerNamedRoles } from '../roles/owner-named-roles';
import { withApiKey } from './connection';

/** Site invites and the roles catalogue: account-level APIs, so only with the owner's key. */
export const keyInvites = (platform: BackendPlatform) => ({
  bulkInvite: (roleId: string, emails: string[], purpose?: string): Promise<BulkInviteResult> =>
    withApiKey(platform, (client) => invitesApi(client).bulkInvite(roleId, emails, purpose)),
  resend: (inviteId: string): Promise<SentInvite> => withApiKey(platform, (client) => invitesApi(client).resend(inviteId)),
  revoke: (inviteId: string): Promise<void> => withApiKey(platform, (client) => invitesApi(client).revoke(inviteId)),
  /**
   * The roles the app can name: the roles the owner named, and Wix's catalogue (Get Roles Info) when the
   * owner's key came with the call and Wix answers it. Get Roles Info is account-level ("in the requesting
   * account"): it is sent with the owner's account id when Wix lists the owner, and may still be refused.
   */
  roles: async (): Promise<Role[]> => {
    const named = await ownerNamedRoles(platform);
    if (platform.apiKey === undefined) return named;
    const catalogue = await withApiKey(platform, async (client) => {
      const owner = (await contributorsApi(client).query()).find((p) => documentedStanding(p) === 'owner');
      return rolesInfo(client, owner?.accountId);
    }).catch(() => []);
    return [...catalogue, ...named.filter((role) => !catalogue.some((r) => r.id === role.id))];
  },
});
