import { formatDate } from '../../access/format';
import { coveredPerson, grantSchema, type Grant } from '../../access/support-pass';
import { logDone, type OperationContext } from '../../operations/log';
import { recordJoined } from '../../operations/record-joined';
import { COLLECTIONS } from '../../wix/collections';
import { WixError } from '../../wix/errors';

/** Who the log names for what the app did by itself when a pass ended. */
export const AUTO_ACTOR = 'Site Access (automatic, pass ended)';

/** Passes that may still give access when their end date comes. */
const ENDABLE: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];

export type EndOutcome = 'ended' | 'invite-cancelled' | 'invite-pending' | 'removal-failed' | 'not-due' | 'remind-only' | 'closed';

const save = (context: OperationContext, grant: Grant) => context.gateway.records.update(COLLECTIONS.grants, grantSchema, grant);

async function reminder(context: OperationContext, grant: Grant) {
  return grant.reminderTaskId ? context.gateway.reminders.get(grant.reminderTaskId).catch(() => null) : null;
}

/** Closes the pass as ended on time: reminder completed, pass saved, one log line. */
async function finish(context: OperationContext, grant: Grant, detail: string): Promise<void> {
  const task = await reminder(context, grant);
  const completed = task && task.status !== 'COMPLETED' ? await context.gateway.reminders.complete(task).then(() => true, () => false) : true;
  await save(context, { ...grant, status: 'ended', revokedAt: context.clock(), revokedBy: context.actor, failure: undefined });
  await logDone(context, {
    action: 'pass-ended', subjectEmail: grant.email, subjectName: grant.vendorName, role: grant.roleTitle, grantId: grant._id,
    reason: grant.ticket ? `Support for ticket ${grant.ticket} is over` : 'Support access ended', detail: completed ? detail : `${detail}. The reminder could not be completed; complete it in Tasks & Reminders.`,
  });
}

/** Something is left for the owner: the pass says what, and its reminder stays open saying the same. */
async function leaveToOwner(context: OperationContext, grant: Grant, status: Grant['status'], failure: string): Promise<void> {
  await save(context, { ...grant, status, failure });
  const task = await reminder(context, grant);
  if (task && task.status !== 'COMPLETED') await context.gateway.reminders.describe(task, failure).catch(() => undefined);
}

/**
 * Ends a due pass that is set to end by itself: removes the contributor it covers (as the app), or
 * cancels its pending invite with the connected key; without a key, an invite that may still be pending
 * is left to the owner with an open task. Checks the pass's current state first, so it is safe to repeat.
 */
export async function endDuePass(context: OperationContext, grant: Grant, connected: boolean): Promise<EndOutcome> {
  if (!ENDABLE.includes(grant.status)) return 'closed';
  if (!grant.autoEnd) return 'remind-only';
  if (grant.expiresAt.getTime() > context.clock().getTime()) return 'not-due';
  const ended = formatDate(grant.expiresAt);
  const people = await context.gateway.contributors.query();
  const person = coveredPerson(grant, people);
  if (person) {
    // No Wix event said they joined: record it first (invite used, one log line), then end the pass.
    grant = (await recordJoined(context, grant, people).catch(() => null)) ?? grant;
    try {
      await context.gateway.contributors.remove(person.accountId);
    } catch (error) {
      if (!(error instanceof WixError && error.kind === 'not-found')) {
        const why = error instanceof Error ? error.message : String(error);
        await leaveToOwner(context, grant, grant.status, `Automatic removal failed: ${why} Revoke it in Site Access; it is tried again when the page opens.`);
        return 'removal-failed';
      }
    }
    await finish(context, { ...grant, contributorAccountId: person.accountId }, `Removed ${person.email} automatically: the pass ended on ${ended}`);
    return 'ended';
  }
  if (connected && grant.inviteId) {
    const cancelled = await context.gateway.invites.revoke(grant.inviteId).then(() => true, (error: unknown) => error instanceof WixError && (error.kind === 'not-found' || error.kind === 'invalid'));
    if (cancelled) {
      await finish(context, grant, `The pass ended on ${ended} before ${grant.email} joined; the pending invite was cancelled automatically`);
      return 'invite-cancelled';
    }
  }
  if (grant.status !== 'cancel-in-wix') {
    await leaveToOwner(context, grant, 'cancel-in-wix', `Invite still pending: the pass ended on ${ended} before ${grant.email} joined. Cancel the invite in Roles & Permissions, then confirm it in Site Access.`);
    await logDone(context, {
      action: 'pass-ended', subjectEmail: grant.email, subjectName: grant.vendorName, role: grant.roleTitle, grantId: grant._id,
      detail: `The pass ended before ${grant.email} joined. Nobody was removed; the owner was asked to cancel the invite in Roles & Permissions`,
    });
  }
  return 'invite-pending';
}
