import { z } from './zod';
import { daysUntil } from './clock';
import { normalizeEmail, type Contributor } from './people';

/** The `inviteId` of an invite Wix holds whose id was in a lost answer: only Roles & Permissions can resend or cancel it. */
export const UNKNOWN_INVITE_ID = '';
/** Why such an invite is resent or cancelled in Roles & Permissions. */
export const ID_UNKNOWN =
  "Wix's answer to this invite was lost, so Site Access doesn't have its id: only Roles & Permissions can resend or cancel it.";

/** The app's record of an invite it sent: Wix offers no way to list invites. */
export const inviteRecordSchema = z.object({
  _id: z.string(),
  /** Wix's id of the invite, or UNKNOWN_INVITE_ID. */
  inviteId: z.string(),
  email: z.string(),
  roleId: z.string(),
  roleTitle: z.string(),
  reason: z._default(z.string(), ''),
  sentAt: z.coerce.date(),
  expiresAt: z.coerce.date(),
  /** What the app itself did to the invite; acceptance and expiry are worked out from Wix. */
  status: z._default(z.enum(['pending', 'revoked', 'used']), 'pending'),
  /** The account that joined through it (`used`): an invite follows Wix, used once the person joins. */
  usedBy: z.optional(z.string()),
  grantId: z.optional(z.string()),
});
export type InviteRecord = z.infer<typeof inviteRecordSchema>;

export type InviteState = 'pending' | 'accepted' | 'expired' | 'revoked' | 'used';

export interface InviteView {
  record: InviteRecord;
  state: InviteState;
  /** Days left of the invite's 30, while it is pending. */
  daysLeft: number | null;
  acceptedBy: Contributor | null;
}

/** Wix's site invites expire after 30 days. */
export const INVITE_DAYS = 30;

/** Where an invite stands: accepted when someone joined from it, expired after 30 days. */
export function describeInvite(record: InviteRecord, contributors: readonly Contributor[], now: Date): InviteView {
  const email = normalizeEmail(record.email);
  const acceptedBy =
    contributors.find((p) => (p.invitedEmail && normalizeEmail(p.invitedEmail) === email) || normalizeEmail(p.email) === email) ?? null;
  if (record.status === 'revoked') return { record, state: 'revoked', daysLeft: null, acceptedBy: null };
  // Used: the person joined through it; once they are gone it is history, not a pending invite.
  if (record.status === 'used') {
    const holder = contributors.find((p) => p.accountId === record.usedBy) ?? acceptedBy;
    return holder
      ? { record, state: 'accepted', daysLeft: null, acceptedBy: holder }
      : { record, state: 'used', daysLeft: null, acceptedBy: null };
  }
  if (acceptedBy) return { record, state: 'accepted', daysLeft: null, acceptedBy };
  const daysLeft = daysUntil(record.expiresAt, now);
  if (daysLeft <= 0) return { record, state: 'expired', daysLeft: null, acceptedBy: null };
  return { record, state: 'pending', daysLeft, acceptedBy: null };
}

/** Pending invites to the person's email sent after they joined (the one they accepted is used up). */
export function leftoverInvites(person: Contributor, invites: readonly InviteRecord[], now: Date): InviteRecord[] {
  const email = normalizeEmail(person.email);
  return invites.filter(
    (record) =>
      email !== '' &&
      normalizeEmail(record.email) === email &&
      (!person.joinedAt || record.sentAt > person.joinedAt) &&
      describeInvite(record, [], now).state === 'pending',
  );
}
