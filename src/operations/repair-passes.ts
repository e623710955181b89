import type { InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Contributor } from '../access/people';
import { grantSchema, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import type { OperationContext } from './log';
import { recordJoined } from './record-joined';
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
