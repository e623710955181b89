import type { LogEntry } from './access-log';
import { DAY_MS } from './clock';
import { formatDate } from './format';
import { describeInvite, type InviteRecord } from './invite-records';
import { normalizeEmail, roleTitles, type Contributor, type Role } from './people';

/** A pending entry younger than this may still be in flight; older ones are checked against Wix. */
export const RECONCILE_AFTER_MS = 60_000;

export function isStalePending(entry: LogEntry, now: Date): boolean {
  return entry.outcome === 'pending' && now.getTime() - entry.at.getTime() > RECONCILE_AFTER_MS;
}

/** What Wix and the app's records say now. */
export interface SiteFacts {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  passes: readonly { _id: string; status: string; expiresAt?: Date }[];
}

export interface Verdict {
  outcome: 'done' | 'failed';
  detail: string;
}

const CONFIRMED = 'Checked against Wix later: ';
const UNCONFIRMED = 'Site Access could not confirm this finished. Check it and repeat it if needed.';

function personWith(email: string, facts: SiteFacts): Contributor | undefined {
  const target = normalizeEmail(email);
  if (!target) return undefined;
  return facts.people.find(
    (p) => normalizeEmail(p.email) === target || (p.invitedEmail !== null && normalizeEmail(p.invitedEmail) === target),
  );
}

const invitesTo = (email: string, facts: SiteFacts) => facts.invites.filter((i) => normalizeEmail(i.email) === normalizeEmail(email));

const verdict = (ok: boolean, yes: string, no: string): Verdict =>
  ok ? { outcome: 'done', detail: CONFIRMED + yes } : { outcome: 'failed', detail: CONFIRMED + no };

/** Closes a stale pending entry by looking at what actually happened. */
export function judgePending(entry: LogEntry, facts: SiteFacts): Verdict {
  const person = personWith(entry.subjectEmail, facts);
  const invites = invitesTo(entry.subjectEmail, facts);
  switch (entry.action) {
    case 'removed':
      if (!entry.subjectEmail) return { outcome: 'failed', detail: UNCONFIRMED };
      return verdict(!person, 'they no longer have access.', 'they still have access; the removal did not happen.');
    case 'invited': {
      const recorded = invites.some((i) => i.sentAt.getTime() >= entry.at.getTime() - RECONCILE_AFTER_MS);
      return verdict(recorded || person !== undefined, 'the invite was sent.', 'no invite was recorded; it may not have been sent.');
    }
    case 'invite-resent': {
      const renewed = invites.some((i) => i.expiresAt.getTime() >= entry.at.getTime() + 29 * DAY_MS);
      return verdict(renewed, 'the invite has a fresh 30 days.', 'the invite was not renewed.');
    }
    case 'invite-revoked':
      return verdict(
        invites.some((i) => i.status === 'revoked'),
        'the invite is cancelled.',
        'the invite is still open.',
      );
    case 'accepted':
      return verdict(person !== undefined, 'they joined the site.', 'nobody joined from this invite.');
    case 'role-changed': {
      const newRole = entry.role.split(' → ').at(-1) ?? '';
      const has = person !== undefined && roleTitles(person.roleIds, facts.roles).split(', ').includes(newRole);
      return verdict(has, `they have the ${newRole} role.`, `they do not have the ${newRole} role.`);
    }
    case 'pass-revoked': {
      const pass = facts.passes.find((p) => p._id === entry.grantId);
      return verdict(pass?.status === 'revoked', 'the support pass is revoked.', 'the support pass is still open.');
    }
    case 'extended':
      return verdict(
        extensionHeld(entry, facts),
        `the pass ends on the new date (${entry.detail}).`,
        `the pass keeps its old end date (${entry.detail}).`,
      );
    default:
      return { outcome: 'failed', detail: UNCONFIRMED };
  }
}

/** Invites the app sent that someone has joined from, and the log does not say so yet. */
export function undetectedAcceptances(facts: SiteFacts, log: readonly LogEntry[], now: Date) {
  return facts.invites
    .map((record) => describeInvite(record, facts.people, now))
    .filter((view) => view.state === 'accepted' && view.acceptedBy !== null)
    .filter((view) => !log.some((e) => e.action === 'accepted' && e.detail.includes(view.record.inviteId)));
}

/** The new end date an "extended" entry names ("Dec 1, 2026 → Dec 8, 2026", maybe followed by why it failed). */
function extensionHeld(entry: LogEntry, facts: SiteFacts): boolean {
  const pass = facts.passes.find((p) => p._id === entry.grantId);
  const to = entry.detail.split(' → ')[1] ?? '';
  return pass?.expiresAt !== undefined && to !== '' && to.startsWith(formatDate(pass.expiresAt));
}

/**
 * Failed entries of operations Wix may have carried out although the app saw an error (the answer was
 * lost): reconciliation checks them against Wix again, once, within a week.
 */
export const RECHECKED_ACTIONS = ['removed', 'role-changed', 'invite-revoked', 'pass-revoked', 'extended'] as const;
export const RECHECK_WITHIN_MS = 7 * DAY_MS;
/** Every entry reconciliation closed or checked again starts with this. */
export const CHECKED_PREFIX = CONFIRMED;

const CORRECTED: Record<(typeof RECHECKED_ACTIONS)[number], string> = {
  removed: 'Removal confirmed after a lost answer',
  'role-changed': 'Role change confirmed after a lost answer',
  'invite-revoked': 'Invite cancellation confirmed after a lost answer',
  'pass-revoked': 'Revocation confirmed after a lost answer',
  extended: 'Extension confirmed after a lost answer',
};

const isRechecked = (action: string): action is (typeof RECHECKED_ACTIONS)[number] =>
  (RECHECKED_ACTIONS as readonly string[]).includes(action);

/** A failed entry not yet checked again, recent enough to be. */
export function needsRecheck(entry: LogEntry, now: Date): boolean {
  return (
    entry.outcome === 'failed' &&
    isRechecked(entry.action) &&
    now.getTime() - entry.at.getTime() <= RECHECK_WITHIN_MS &&
    !entry.detail.startsWith(CHECKED_PREFIX)
  );
}

/** Whether a later entry did the same thing to the same person (then Wix's state is that entry's doing). */
export const supersedes = (later: LogEntry, entry: LogEntry) =>
  later._id !== entry._id &&
  later.action === entry.action &&
  later.outcome !== 'failed' &&
  later.at.getTime() > entry.at.getTime() &&
  normalizeEmail(later.subjectEmail) === normalizeEmail(entry.subjectEmail) &&
  (later.grantId ?? '') === (entry.grantId ?? '');

/**
 * Checks a failed entry against Wix: done ("Removal confirmed after a lost answer") when Wix shows the
 * change happened and no later entry did it; failed otherwise, marked as checked so it is read once.
 */
export function judgeFailed(entry: LogEntry, facts: SiteFacts, later: readonly LogEntry[]): Verdict {
  const first = entry.detail ? ` First answer: ${entry.detail}` : '';
  const happened = entry.subjectEmail !== '' && isRechecked(entry.action) && judgePending(entry, facts).outcome === 'done';
  if (happened && isRechecked(entry.action) && !later.some((l) => supersedes(l, entry)))
    return { outcome: 'done', detail: CORRECTED[entry.action] };
  const why = happened ? 'a later attempt made this change.' : 'Wix does not show this change.';
  return { outcome: 'failed', detail: `${CHECKED_PREFIX}${why}${first}`.slice(0, 1000) };
}
