import type { LogEntry } from './access-log';
import { DAY_MS } from './clock';
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
  passes: readonly { _id: string; status: string }[];
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
  return facts.people.find((p) => normalizeEmail(p.email) === target || (p.invitedEmail !== null && normalizeEmail(p.invitedEmail) === target));
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
      return verdict(invites.some((i) => i.status === 'revoked'), 'the invite is cancelled.', 'the invite is still open.');
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
