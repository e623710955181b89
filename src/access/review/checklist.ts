import { describeInvite, type InviteRecord, type InviteState } from '../invite-records';
import { isOwner, normalizeEmail, roleTitles, type Contributor, type Role } from '../people';
import { REVIEW_KINDS, type Review, type ReviewKind } from './review-record';
import type { AccessRequest } from '../requests/access-request';
import type { Grant } from '../support-pass';
import { approvedPermanent, requestReason } from './recheck';
import { supportPassFor, type SupportPass } from './support-pass';

/** An invite pending longer than this is stale (the guide: check pending invitations monthly). */
export const STALE_INVITE_DAYS = 14;
const INVITE_DAYS = 30;

export type RowStatus = 'owner' | 'active' | InviteState | 'removed';

/** One line of the review checklist: a person with access or an invite the app knows. */
export interface ChecklistRow {
  key: string;
  type: 'person' | 'invite';
  name: string;
  email: string;
  role: string;
  /** Joined (people) or sent (invites). */
  since: Date | null;
  status: RowStatus;
  daysLeft: number | null;
  /** Why they have access, as recorded by an invite, a support pass or an earlier review. */
  reason: string;
  pass: SupportPass | null;
  /** The address an invite was accepted under, when it differs from the one invited. */
  otherEmail: string | null;
  /** For an accepted invite: the address the person joined under. */
  acceptedAs: string | null;
  person: Contributor | null;
  invite: InviteRecord | null;
}

export interface SiteSnapshot {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  passes: readonly Grant[];
  reviews: readonly Review[];
  /** Access requests: approved permanent access says why (its request) and when to verify it again. */
  requests?: readonly AccessRequest[];
}

export const personKey = (accountId: string) => `person:${accountId}`;
export const inviteKey = (inviteId: string) => `invite:${inviteId}`;

/** The latest reason given for someone's access in a review decision. */
function reviewedReasons(reviews: readonly Review[]): Map<string, string> {
  const reasons = new Map<string, string>();
  const decisions = reviews.flatMap((r) => r.decisions).sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const d of decisions) if (d.reason.trim()) reasons.set(normalizeEmail(d.subjectEmail), d.reason.trim());
  return reasons;
}

/**
 * A person's name as the owner knows them: a vendor's account often carries only its email's first part
 * ("support"); the pass names the vendor (POWR) then.
 */
function knownName(person: Contributor, pass: ReturnType<typeof supportPassFor>): string {
  const local = normalizeEmail(person.email).split('@')[0] ?? '';
  const bare = [local, normalizeEmail(person.email)].includes(person.name.trim().toLowerCase());
  return bare && pass?.source === 'record' && pass.vendor !== 'Vendor' ? pass.vendor : person.name;
}

export function buildChecklist(site: SiteSnapshot, now: Date): ChecklistRow[] {
  const reviewed = reviewedReasons(site.reviews);
  const inviteReason = new Map(site.invites.filter((i) => i.reason.trim()).map((i) => [normalizeEmail(i.email), i.reason.trim()]));
  for (const [email, request] of approvedPermanent(site.requests ?? []))
    if (!inviteReason.has(email)) inviteReason.set(email, requestReason(request));
  const people = site.people.map((person): ChecklistRow => {
    const emails = [person.email, person.invitedEmail ?? ''].filter(Boolean).map(normalizeEmail);
    const pass = supportPassFor(person, site.passes);
    const recorded =
      emails.map((e) => reviewed.get(e)).find(Boolean) ?? pass?.reason ?? emails.map((e) => inviteReason.get(e)).find(Boolean);
    const differs = person.invitedEmail && normalizeEmail(person.invitedEmail) !== normalizeEmail(person.email);
    return {
      key: personKey(person.accountId),
      type: 'person',
      name: knownName(person, pass),
      email: person.email,
      role: roleTitles(person.roleIds, site.roles),
      since: person.joinedAt,
      status: isOwner(person, site.roles) ? 'owner' : 'active',
      daysLeft: null,
      reason: recorded ?? '',
      pass,
      otherEmail: differs ? person.invitedEmail : null,
      acceptedAs: null,
      person,
      invite: null,
    };
  });
  // People by the addresses they use or were invited at, so each invite looks up only its own candidates.
  const byEmail = new Map<string, Contributor[]>();
  for (const person of site.people) {
    for (const email of new Set([person.email, person.invitedEmail ?? ''].filter(Boolean).map(normalizeEmail))) {
      byEmail.set(email, [...(byEmail.get(email) ?? []), person]);
    }
  }
  const views = site.invites.map((record) => describeInvite(record, byEmail.get(normalizeEmail(record.email)) ?? [], now));
  // An invite someone joined through and who has left since is history: not listed, counted or exported.
  const invites = views
    .filter((view) => view.state !== 'used')
    .map(({ record, ...view }): ChecklistRow => {
      const acceptedAs = view.acceptedBy?.email ?? null;
      const differs = acceptedAs !== null && normalizeEmail(acceptedAs) !== normalizeEmail(record.email);
      return {
        key: inviteKey(record.inviteId),
        type: 'invite',
        name: record.email,
        email: record.email,
        role: record.roleTitle,
        since: record.sentAt,
        status: view.state,
        daysLeft: view.daysLeft,
        reason: record.reason.trim(),
        pass: null,
        otherEmail: differs ? acceptedAs : null,
        acceptedAs,
        person: null,
        invite: record,
      };
    });
  return [...people, ...invites];
}

/** Whether this review asks for a decision on the row (owner: keep only; settled invites: none). */
export function needsDecision(row: ChecklistRow, kind: ReviewKind): boolean {
  if (row.type === 'person') return REVIEW_KINDS[kind].coversPeople && row.status !== 'removed';
  return row.status === 'pending' || row.status === 'expired';
}

/** Pending for over 14 days since it was last sent (a resend gives Wix's 30 days again, so counts from then). */
export function isStale(row: ChecklistRow): boolean {
  return row.status === 'pending' && row.daysLeft !== null && row.daysLeft < INVITE_DAYS - STALE_INVITE_DAYS;
}

/**
 * The rows in the order the owner first saw them: rows seen before keep their place, new rows
 * follow in their own order. While a review is open a decision that changes Wix re-reads the site,
 * and sorting again by findings would move rows under the pointer.
 */
export function inSeenOrder(rows: readonly ChecklistRow[], seen: readonly string[]): ChecklistRow[] {
  const position = new Map(seen.map((key, index) => [key, index]));
  const known = rows.filter((r) => position.has(r.key)).sort((a, b) => (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0));
  return [...known, ...rows.filter((r) => !position.has(r.key))];
}

/** Rows the review decided on that are no longer at Wix (removed people, cancelled invites stay visible). */
export function decidedGhosts(review: Review | null, rows: readonly ChecklistRow[]): ChecklistRow[] {
  if (!review) return [];
  const present = new Set(rows.map((r) => r.key));
  return review.decisions
    .filter((d) => !present.has(d.subjectKey))
    .map((d) => ({
      key: d.subjectKey,
      type: d.subjectType,
      name: d.subjectName || d.subjectEmail,
      email: d.subjectEmail,
      role: d.role,
      since: null,
      status: 'removed',
      daysLeft: null,
      reason: d.reason,
      pass: null,
      otherEmail: null,
      acceptedAs: null,
      person: null,
      invite: null,
    }));
}
