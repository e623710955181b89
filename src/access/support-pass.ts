import { z } from './zod';
import { daysUntil } from './clock';
import { formatDate } from './format';
import { normalizeEmail, type Contributor } from './people';
import { revision } from './revision';
import { INVITE_DAYS } from './invite-records';

export const PASS_PRESETS = [1, 7, 30] as const;
export const DEFAULT_PASS_DAYS = 7;
/** The longest a support pass may run; a vendor rarely needs more. */
export const MAX_PASS_DAYS = 90;

/** What the app stores; `active`, `due` and `expired` are worked out from Wix and the clock. */
export const STORED_PASS_STATUSES = [
  'requested',
  'approved',
  'awaiting-invite',
  'invited',
  'cancel-in-wix',
  'ended',
  'revoked',
  'declined',
  'failed',
] as const;

/** A support pass: time-boxed access for a vendor, tied to a ticket. */
export const grantSchema = z.object({
  _id: z.string(),
  _rev: revision,
  email: z.string(),
  vendorName: z._default(z.string(), ''),
  roleId: z.string(),
  roleTitle: z.string(),
  ticket: z._default(z.string(), ''),
  reason: z._default(z.string(), ''),
  requestedBy: z._default(z.string(), ''),
  approvedBy: z._default(z.string(), ''),
  createdAt: z.coerce.date(),
  expiresAt: z.coerce.date(),
  status: z.enum(STORED_PASS_STATUSES),
  /**
   * Site Access removes the access itself when the pass ends (Task Overdue on its reminder); false: the
   * owner is only reminded. Passes recorded before this existed were promised a reminder only.
   */
  autoEnd: z._default(z.boolean(), false),
  inviteId: z.optional(z.string()),
  inviteSentAt: z.optional(z.coerce.date()),
  /** The owner sent the invite in Wix's Roles & Permissions (guided mode, or Wix refused the key). */
  sentManually: z._default(z.boolean(), false),
  contributorAccountId: z.optional(z.string()),
  reminderTaskId: z.optional(z.string()),
  /** When Site Access first saw the vendor among the contributors (logged once as "joined"). */
  joinedAt: z.optional(z.coerce.date()),
  revokedAt: z.optional(z.coerce.date()),
  revokedBy: z.optional(z.string()),
  failure: z.optional(z.string()),
});
export type Grant = z.infer<typeof grantSchema>;

export type PassState =
  | 'requested'
  | 'approved'
  | 'awaiting-invite'
  | 'invited'
  | 'cancel-in-wix'
  | 'active'
  | 'due'
  | 'expired'
  | 'ended'
  | 'revoked'
  | 'declined'
  | 'failed';

export interface PassView {
  grant: Grant;
  state: PassState;
  /** Days until the pass ends (negative once due). */
  daysLeft: number;
  /** Days left of Wix's 30 for a pending invite. */
  inviteDaysLeft: number | null;
  contributor: Contributor | null;
}

/** Who holds the pass in Wix: the account that joined, or someone with the pass's email. */
export function passHolder(grant: Grant, people: readonly Contributor[]): Contributor | null {
  const email = normalizeEmail(grant.email);
  return (
    people.find((p) => p.accountId === grant.contributorAccountId) ??
    people.find((p) => normalizeEmail(p.email) === email || (p.invitedEmail && normalizeEmail(p.invitedEmail) === email)) ??
    null
  );
}

/**
 * Who the pass covers in Wix: the contributor it recorded, or one who joined through an invite to the
 * pass's email after the pass began. Never someone matched by email alone (the POWR account added months ago).
 */
export function coveredPerson(grant: Grant, people: readonly Contributor[]): Contributor | null {
  if (grant.contributorAccountId) return people.find((p) => p.accountId === grant.contributorAccountId) ?? null;
  const email = normalizeEmail(grant.email);
  const invitedHere = (p: Contributor) => p.invitedEmail !== null && normalizeEmail(p.invitedEmail) === email;
  return people.find((p) => invitedHere(p) && p.joinedAt !== null && p.joinedAt >= grant.createdAt) ?? null;
}

/** Stored statuses whose vendor may be in Wix already: their live state is worked out from Wix and the clock. */
const LIVE_STATUSES: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];

/**
 * awaiting-invite (guided: the owner sends it in Wix) or invited → active (the vendor joined) → due
 * (expiry reached); expired when the invite lapsed unaccepted; cancel-in-wix until the owner cancels it.
 */
export function describePass(grant: Grant, people: readonly Contributor[], now: Date): PassView {
  const daysLeft = daysUntil(grant.expiresAt, now);
  const base = { grant, daysLeft, inviteDaysLeft: null, contributor: null };
  if (!LIVE_STATUSES.includes(grant.status)) return { ...base, state: grant.status };
  const contributor = passHolder(grant, people);
  if (contributor && daysLeft <= 0) return { ...base, contributor, state: 'due' };
  if (contributor) return { ...base, contributor, state: 'active' };
  if (grant.status === 'awaiting-invite') return { ...base, state: daysLeft <= 0 ? 'due' : 'awaiting-invite' };
  if (daysLeft <= 0 && grant.status === 'invited') return { ...base, state: 'due' };
  const sentAt = grant.inviteSentAt ?? grant.createdAt;
  const inviteDaysLeft = daysUntil(new Date(sentAt.getTime() + INVITE_DAYS * 86_400_000), now);
  if (inviteDaysLeft <= 0) return { ...base, state: 'expired' };
  return { ...base, inviteDaysLeft, state: grant.status === 'cancel-in-wix' ? 'cancel-in-wix' : 'invited' };
}

/** Passes that still give (or may give) access and so block a second pass for the same email. */
export const OPEN_STATES: readonly PassState[] = ['approved', 'awaiting-invite', 'invited', 'cancel-in-wix', 'active', 'due'];

export function reminderTitle(grant: Pick<Grant, 'email' | 'roleTitle' | 'ticket'>): string {
  const ticket = grant.ticket ? ` — ticket ${grant.ticket}` : '';
  return `Revoke ${grant.email} (${grant.roleTitle})${ticket}`;
}

/** The text the owner pastes back into the support ticket: only what is true of this pass. */
export function ticketReply(grant: Grant): string {
  const until = formatDate(grant.expiresAt);
  const ticket = grant.ticket ? ` for ticket ${grant.ticket}` : '';
  const end = grant.autoEnd ? `Site Access removes the access automatically then.` : `The site owner is reminded on ${until} to remove it.`;
  if (isAdopted(grant)) return `${grant.email} keeps access as ${grant.roleTitle}${ticket} until ${until}. ${end}`;
  if (grant.status === 'awaiting-invite') {
    return `Access for ${grant.email} as ${grant.roleTitle}${ticket} is approved until ${until}; the invitation from Wix follows shortly. ${end}`;
  }
  return `Invitation sent to ${grant.email} as ${grant.roleTitle}${ticket}, until ${until}. ${end}`;
}

/** A pass put on access someone already had (no invite was sent for it). */
export const isAdopted = (grant: Grant) => Boolean(grant.contributorAccountId) && !grant.inviteId && !grant.sentManually;
