import type { InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Contributor } from '../access/people';
import { grantSchema, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import type { OperationContext } from './log';
import { recordJoined } from './record-joined';
import { attachReminder } from './support-passes';
import { dueAtEnd, isTaskOf, REMINDER_LEFT_OPEN, reminderWindow, taskToKeep } from './pass-reminders';
import type { Reminder } from '../wix/reminders';
import { DAY_MS } from '../access/clock';

const STALE_MS = 60_000;
/** Passes that keep a reminder open until they end. */
const LIVE: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];
/** Closed passes whose reminder may have been left open (a failed complete); looked at for 30 days. */
const CLOSED: readonly Grant['status'][] = ['revoked', 'ended', 'declined'];
const CLOSED_LOOKBACK_MS = 30 * DAY_MS;

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
  return {
    ...grant,
    status: 'failed',
    failure: 'The invite was not confirmed before the page closed. Check Roles & Permissions, then retry.',
  };
}

const save = (context: OperationContext, grant: Grant) => context.gateway.records.update(COLLECTIONS.grants, grantSchema, grant);

/**
 * Puts the passes' reminders right with one read of the open tasks (filtered by Wix on status and due
 * dates; a pass's tasks are known by id or by the pass named in the description): a live pass keeps one
 * task, due at its end (moved if an extension split), and adopts a task made by a lost answer; its other
 * tasks (duplicates) are completed; a closed pass's open tasks are completed. Returns how many changed.
 */
export async function repairReminders(context: OperationContext, grants: readonly Grant[]): Promise<number> {
  const now = context.clock();
  const live = grants.filter((g) => LIVE.includes(g.status));
  const closed = grants.filter(
    (g) => CLOSED.includes(g.status) && now.getTime() - (g.revokedAt ?? g.expiresAt).getTime() <= CLOSED_LOOKBACK_MS,
  );
  if (live.length === 0 && closed.length === 0) return 0;
  const [from, to] = reminderWindow([...live, ...closed], now);
  const open = await context.gateway.reminders.openDueBetween(from, to);
  const { reminders } = context.gateway;
  let repaired = 0;
  const complete = async (task: Reminder) => {
    await reminders.complete(task);
    repaired += 1;
  };
  for (const grant of live) {
    const tasks = open.filter((task) => isTaskOf(grant, task));
    const kept = taskToKeep(grant, tasks);
    if (!kept) continue;
    if (!dueAtEnd(grant, kept)) {
      await reminders.reschedule(kept, grant.expiresAt);
      repaired += 1;
    }
    if (kept._id !== grant.reminderTaskId) {
      await save(context, { ...grant, reminderTaskId: kept._id });
      repaired += 1;
    }
    for (const duplicate of tasks.filter((task) => task !== kept)) await complete(duplicate);
  }
  for (const grant of closed) {
    const tasks = open.filter((task) => isTaskOf(grant, task));
    for (const task of tasks) await complete(task);
    // Every open task of the pass is completed now: what the pass said about its reminder no longer holds.
    if (grant.failure === REMINDER_LEFT_OPEN) {
      await save(context, { ...grant, failure: undefined });
      repaired += 1;
    }
  }
  return repaired;
}

/**
 * Completes what an interrupted grant left undone: an unconfirmed pass is settled from what Wix
 * and the app's records show; an open pass without its reminder gets one (the task a lost answer made, if
 * any); then the reminders are put right (repairReminders). Returns how many changed.
 */
export async function repairPasses(context: OperationContext, grants: readonly Grant[], known: Known): Promise<number> {
  const now = context.clock().getTime();
  let repaired = 0;
  const latest: Grant[] = [];
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
    if ((current.status === 'invited' || current.status === 'awaiting-invite') && !current.reminderTaskId) {
      const updated = await attachReminder(context, current);
      if (updated.reminderTaskId && current === grant) repaired += 1;
      current = updated;
    }
    latest.push(current);
  }
  return repaired + (await repairReminders(context, latest));
}
