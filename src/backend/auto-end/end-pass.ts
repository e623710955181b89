import { formatDate } from '../../access/format';
import { coveredPerson, grantSchema, type Grant } from '../../access/support-pass';
import { logEntrySchema, type LogEntry } from '../../access/access-log';
import type { Contributor } from '../../access/people';
import { logDone, logIntent, logOutcome, type LogIntent, type OperationContext } from '../../operations/log';
import { mayHaveHappened } from '../../operations/people';
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

const endedLine = (grant: Grant, detail: string): LogIntent => ({
  action: 'pass-ended',
  subjectEmail: grant.email,
  subjectName: grant.vendorName,
  role: grant.roleTitle,
  grantId: grant._id,
  reason: grant.ticket ? `Support for ticket ${grant.ticket} is over` : 'Support access ended',
  detail,
});

/** Closes the pass as ended on time: reminder completed, pass saved, and its log line (closing `intent` when one was written first). */
async function finish(context: OperationContext, grant: Grant, detail: string, intent?: LogEntry): Promise<void> {
  const task = await reminder(context, grant);
  const completed =
    task && task.status !== 'COMPLETED'
      ? await context.gateway.reminders.complete(task).then(
          () => true,
          () => false,
        )
      : true;
  const said = completed ? detail : `${detail}. The reminder could not be completed; complete it in Tasks & Reminders.`;
  // The outcome first: once Wix removed them, the log says so even if saving the pass fails (the next run closes it).
  if (intent) await logOutcome(context.gateway, intent, 'done', said);
  await save(context, { ...grant, status: 'ended', revokedAt: context.clock(), revokedBy: context.actor, failure: undefined });
  if (!intent) await logDone(context, endedLine(grant, said));
}

/**
 * Removes the person, with the intent logged first. Answers null when they are gone (removed now, before, or
 * by a lost answer Wix confirms), or why the removal failed (the intent is then closed as failed).
 */
async function removeLogged(
  context: OperationContext,
  grant: Grant,
  person: Contributor,
  ended: string,
): Promise<{ intent: LogEntry; problem: string | null }> {
  const intent = await logIntent(context, endedLine(grant, `Removing ${person.email}: the pass ended on ${ended}`));
  const stillListed = () =>
    context.gateway.contributors.query().then(
      (people) => people.some((p) => p.accountId === person.accountId),
      () => true,
    );
  const attempt = () =>
    context.gateway.contributors.remove(person.accountId).then(
      () => null,
      (error: unknown) => error,
    );
  // A lost answer is settled by reading Wix; if they are still listed, the removal did not happen: tried once more.
  let error = await attempt();
  if (mayHaveHappened(error)) error = (await stillListed()) ? await attempt() : null;
  if (error === null || (error instanceof WixError && error.kind === 'not-found')) return { intent, problem: null };
  if (mayHaveHappened(error) && !(await stillListed())) return { intent, problem: null };
  const why = error instanceof Error ? error.message : String(error);
  await logOutcome(context.gateway, intent, 'failed', `Automatic removal failed: ${why}`);
  return { intent, problem: why };
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
    const { intent, problem } = await removeLogged(context, grant, person, ended);
    if (problem !== null) {
      await leaveToOwner(
        context,
        grant,
        grant.status,
        `Automatic removal failed: ${problem} Revoke it in Site Access; it is tried again when the page opens.`,
      );
      return 'removal-failed';
    }
    await finish(
      context,
      { ...grant, contributorAccountId: person.accountId },
      `Removed ${person.email} automatically: the pass ended on ${ended}`,
      intent,
    );
    return 'ended';
  }
  if (grant.contributorAccountId) {
    // They had joined, and Wix no longer lists them: an earlier run removed them (its answer or the pass's save
    // was lost) or someone did in Wix. Nobody is left to remove, and no invite to cancel; a removal already
    // logged as done is not logged again.
    const logged = await context.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, {
      where: { grantId: grant._id, action: 'pass-ended', outcome: 'done' },
    });
    if (logged.length > 0)
      await save(context, { ...grant, status: 'ended', revokedAt: context.clock(), revokedBy: context.actor, failure: undefined });
    else await finish(context, grant, `${grant.email} was no longer on the site when the pass ended on ${ended}; nothing left to remove`);
    return 'ended';
  }
  if (connected && grant.inviteId) {
    const cancelled = await context.gateway.invites.revoke(grant.inviteId).then(
      () => true,
      (error: unknown) => error instanceof WixError && (error.kind === 'not-found' || error.kind === 'invalid'),
    );
    if (cancelled) {
      await finish(
        context,
        grant,
        `The pass ended on ${ended} before ${grant.email} joined; the pending invite was cancelled automatically`,
      );
      return 'invite-cancelled';
    }
  }
  if (grant.status !== 'cancel-in-wix') {
    await leaveToOwner(
      context,
      grant,
      'cancel-in-wix',
      `Invite still pending: the pass ended on ${ended} before ${grant.email} joined. Cancel the invite in Roles & Permissions, then confirm it in Site Access.`,
    );
    await logDone(context, {
      action: 'pass-ended',
      subjectEmail: grant.email,
      subjectName: grant.vendorName,
      role: grant.roleTitle,
      grantId: grant._id,
      detail: `The pass ended before ${grant.email} joined. Nobody was removed; the owner was asked to cancel the invite in Roles & Permissions`,
    });
  }
  return 'invite-pending';
}
