import { z } from '../access/zod';
import { bulkInviteResponse, siteInviteSchema, type BulkInviteResult, type SentInvite } from './invites';
import { unwrap, type KeyServices } from './key-services';

/** Invites through the backend's key: the same calls as `invitesApi`, failures as WixError. */
export function keyInvitesApi(key: KeyServices) {
  return {
    bulkInvite: (roleId: string, emails: string[], purpose?: string): Promise<BulkInviteResult> =>
      unwrap(
        bulkInviteResponse,
        key.sendInvites(roleId, emails, purpose),
        emails.length === 1 ? `invite ${emails[0]}` : `invite ${emails.length} people`,
      ),
    resend: (inviteId: string): Promise<SentInvite> => unwrap(siteInviteSchema, key.resendInvite(inviteId), 'resend the invite'),
    revoke: async (inviteId: string): Promise<void> => {
      await unwrap(z.null(), key.revokeInvite(inviteId), 'cancel the invite');
    },
  };
}
