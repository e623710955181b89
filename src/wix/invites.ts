import { z } from '../access/zod';
import type { KeyClient } from './client';
import { callWix, parseWix } from './errors';

/** A site invite as the SDK returns it (`id` renamed to `_id`). */
export const siteInviteSchema = z.looseObject({
  _id: z.string(),
  email: z.string(),
  policyIds: z._default(z.array(z.string()), []),
  status: z.optional(z.string()),
  acceptLink: z.nullish(z.string()),
  dateCreated: z.nullish(z.coerce.date()),
  expirationDate: z.nullish(z.coerce.date()),
});
export type SentInvite = z.infer<typeof siteInviteSchema>;

export const bulkInviteResponse = z.looseObject({
  invites: z._default(z.array(siteInviteSchema), []),
  failedEmails: z._default(z.array(z.string()), []),
});
export type BulkInviteResult = z.infer<typeof bulkInviteResponse>;

/** Site invites through `@wix/identity_site-invite`. */
export function invitesApi(client: KeyClient) {
  return {
    async bulkInvite(roleId: string, emails: string[], purpose?: string): Promise<BulkInviteResult> {
      const action = emails.length === 1 ? `invite ${emails[0]}` : `invite ${emails.length} people`;
      const result = await callWix(action, () => client.siteInvite.bulkInvite([roleId], { emails, invitePurpose: purpose }));
      return parseWix(bulkInviteResponse, result, action);
    },
    async resend(inviteId: string): Promise<SentInvite> {
      const action = 'resend the invite';
      const result = await callWix(action, () => client.siteInvite.resendInvite(inviteId));
      return parseWix(z.looseObject({ invite: siteInviteSchema }), result, action).invite;
    },
    async revoke(inviteId: string): Promise<void> {
      await callWix('cancel the invite', () => client.siteInvite.revokeInvite(inviteId));
    },
  };
}
