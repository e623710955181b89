import type { Role } from '../../access/people';
import { invitesApi, type BulkInviteResult, type SentInvite } from '../../wix/invites';
import { rolesInfo } from '../../wix/roles-info';
import { contributorsApi } from '../../wix/contributors';
import { WixError } from '../../wix/errors';
import { documentedStanding } from '../../access/people';
import type { BackendPlatform } from '../platform';
import { ownerNamedRoles } from '../roles/owner-named-roles';
import { withApiKey } from './connection';

/** Wix refusing Get Roles Info (the key lacks its account-level permission) means no catalogue; anything else is an error to show. */
const refusedAsNone = (error: unknown): Role[] => {
  if (error instanceof WixError && (error.status === 401 || error.status === 403)) return [];
  throw error;
};

/** Site invites and the roles catalogue: account-level APIs, so only with the owner's key. */
export const keyInvites = (platform: BackendPlatform) => ({
  bulkInvite: (roleId: string, emails: string[], purpose?: string): Promise<BulkInviteResult> =>
    withApiKey(platform, (client) => invitesApi(client).bulkInvite(roleId, emails, purpose)),
  resend: (inviteId: string): Promise<SentInvite> => withApiKey(platform, (client) => invitesApi(client).resend(inviteId)),
  revoke: (inviteId: string): Promise<void> => withApiKey(platform, (client) => invitesApi(client).revoke(inviteId)),
  /**
   * The roles the owner named and, with the owner's key, Wix's catalogue (Get Roles Info) when Wix answers it.
   * Only the catalogue's roles carry ids to invite with; owner-named ones name what Wix shows. Get Roles Info is account-level ("in the requesting
   * account"): it is sent with the owner's account id when Wix lists the owner, and may still be refused.
   */
  roles: async (): Promise<Role[]> => {
    const named = await ownerNamedRoles(platform);
    if (platform.apiKey === undefined) return named;
    const catalogue = await withApiKey(platform, async (client) => {
      const owner = (await contributorsApi(client).query()).find((p) => documentedStanding(p) === 'owner');
      // Get Roles Info is account-level: without the owner's account id (Wix may not list the owner) Wix refuses it.
      return owner ? rolesInfo(client, owner.accountId).catch(refusedAsNone) : [];
    });
    return [...catalogue, ...named.filter((role) => !catalogue.some((r) => r.id === role.id))];
  },
});
