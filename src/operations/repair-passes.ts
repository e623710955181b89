import type { InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Contributor } from '../access/people';
import { grantSchema, passHolder, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import type { OperationContext } from './log';
import { logDone } from './log';
import { attachReminder } from './support-passes';

const STALE_MS = 60_000;

interface Known {
  people: readonly Contributor[];
  invites: readonly InviteRecord[];
}

/** A pass recorded but never confirmed (the page closed mid-way): did its invite go out? */
function settleUnconfirmed(grant: Grant, known: Known): Grant {
  const invite = known.invites.find((i) => i.grantId === grant._id);
  if (invite) return { ...grant, status: 'invited', inviteId: invite.inviteId, inviteSentAt: invite.sentAt, failure: undefined };
  const person = known.people.find((p) => normalizeEmail(p.email) === normalizeEmail(grant.email));
  if (person) return { ...grant, status: 'invited', contributorAccountId: person.accountId, failure: undefined };
  return { ...grant, status: 'failed', failure: 'The invite was not confirmed before the page closed. Check Roles & Permissions, then retry.' };
}

const WAITING_TO_JOIN: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];

/** The vendor of a pass appeared among the contributors: record who and when, and log it once. */
async function recordJoined(context: OperationContext, grant: Grant, people: readonly Contributor[]): Promise<Grant | null> {
  if (grant.joinedAt || !WAITING_TO_JOIN.includes(grant.status)) return null;
  const person = passHolder(grant, people);
  if (!person) return null;
  const joinedAt = person.joinedAt ?? context.clock();
  const saved = await context.gateway.records.update(COLLECTIONS.grants, grantSchema, {
    ...grant, status: grant.status === 'awaiting-invite' ? 'invited' : grant.status, contributorAccountId: person.accountId, joinedAt,
  });
  const otherEmail = normalizeEmail(person.email) !== normalizeEmail(grant.email) ? ` as ${person.email}` : '';
  await logDone(context, {
    action: 'accepted', subjectEmail: grant.email, subjectName: grant.vendorName || person.name, role: grant.roleTitle, grantId: grant._id,
    detail: `Joined the site${otherEmail} on ${joinedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC; the support pass is active`,
  });
  return saved;
}

/**
 * Completes what an interrupted grant left undone: an unconfirmed pass is settled from what Wix
 * and the app's records show; an invited pass without its reminder gets one. Returns how many changed.
 */
export async function repairPasses(context: OperationContext, grants: readonly Grant[], known: Known): Promise<number> {
  const now = context.clock().getTime();
  let repaired = 0;
  for (const grant of grants) {
    let current = grant;
    if (grant.status === 'approved' && now - grant.createdAt.getTime() > STALE_MS) {
      current = await context.gateway.records.update(COLLECTIONS.grants, grantSchema, settleUnconfirmed(grant, known));
      repaired += 1;
    }
    const joined = await recordJoined(context, current, known.people);
    if (joined) {
      current = joined;
      repaired += 1;
    }
    if (current.status === 'invited' && !current.reminderTaskId) {
      const updated = await attachReminder(context, current);
      if (updated.reminderTaskId && current === grant) repaired += 1;
    }
  }
  return repaired;
}
