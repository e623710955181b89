import { addDays } from '../access/clock';
import { formatDate } from '../access/format';
import { MAX_PASS_DAYS, grantSchema, reminderTitle, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import { WixError } from '../wix/errors';
import { passIdsIn, passMarker, type Reminder } from '../wix/reminders';
import type { OperationContext } from './log';

/** What a revoked or ended pass says when its reminder could not be completed. */
export const REMINDER_LEFT_OPEN =
  'The reminder in Tasks & Reminders could not be completed; Site Access completes it the next time the page opens.';

const sameTime = (a: Date | null | undefined, b: Date) => a !== null && a !== undefined && Math.abs(a.getTime() - b.getTime()) < 1000;

/** The due dates a pass's reminders can have: from a day before it began to the longest extension from now. */
export function reminderWindow(grants: readonly Grant[], now: Date): [Date, Date] {
  const first = Math.min(...grants.map((g) => g.createdAt.getTime()), now.getTime());
  const last = Math.max(...grants.map((g) => g.expiresAt.getTime()), addDays(now, MAX_PASS_DAYS).getTime());
  return [addDays(new Date(first), -1), addDays(new Date(last), 1)];
}

/** Whether a task is this pass's: its recorded reminder, or a task whose description names the pass. */
export const isTaskOf = (grant: Grant, task: Reminder) => task._id === grant.reminderTaskId || passIdsIn(task).includes(grant._id);

/** The pass's open tasks (normally one), read from Wix: one filtered query on status and due dates. */
export async function openTasksOf(context: OperationContext, grant: Grant): Promise<Reminder[]> {
  const [from, to] = reminderWindow([grant], context.clock());
  return (await context.gateway.reminders.openDueBetween(from, to)).filter((task) => isTaskOf(grant, task));
}

/** The task to keep among a pass's open tasks: the recorded one, else one due at the pass's end, else the first. */
export const taskToKeep = (grant: Grant, tasks: readonly Reminder[]) =>
  tasks.find((t) => t._id === grant.reminderTaskId) ?? tasks.find((t) => sameTime(t.dueDate, grant.expiresAt)) ?? tasks[0];

/** Whether the task falls due when the pass ends. */
export const dueAtEnd = (grant: Grant, task: Reminder) => sameTime(task.dueDate, grant.expiresAt);

function reminderInput(grant: Grant) {
  const vendor = grant.vendorName || grant.email;
  return {
    title: reminderTitle(grant),
    description: `Support access for ${vendor} ends ${formatDate(grant.expiresAt)}. Revoke it in Site Access. ${passMarker(grant._id)}`,
    dueDate: grant.expiresAt,
  };
}

/**
 * The pass's reminder, due at its end: the open task it already has (a create whose answer was lost, or
 * a pass that could not be saved with its task id) moved to the end if needed, else a new one. Looks
 * first so a retry never makes a second task; when the create's answer is lost, looks once more.
 */
export async function ensureReminder(context: OperationContext, grant: Grant): Promise<Reminder> {
  const { reminders } = context.gateway;
  const kept = taskToKeep(grant, await openTasksOf(context, grant));
  if (kept) return dueAtEnd(grant, kept) ? kept : reminders.reschedule(kept, grant.expiresAt);
  try {
    return await reminders.create(reminderInput(grant));
  } catch (error) {
    const found = taskToKeep(grant, await openTasksOf(context, grant).catch(() => []));
    if (found) return found;
    throw error;
  }
}

/** Completes the pass's recorded reminder; false when Wix could not be asked or refused (it stays open). */
export async function completeReminder(context: OperationContext, grant: Grant): Promise<boolean> {
  if (!grant.reminderTaskId) return true;
  try {
    const task = await context.gateway.reminders.get(grant.reminderTaskId);
    if (task && task.status !== 'COMPLETED') await context.gateway.reminders.complete(task);
    return true;
  } catch (error) {
    return error instanceof WixError && error.kind === 'not-found';
  }
}

/**
 * Saves the pass; when the save fails, reads the pass back (a lost answer may have saved it) and,
 * when Wix does not hold it yet, saves once more. Throws the first failure if neither worked.
 */
export async function saveSettled(context: OperationContext, grant: Grant, holds: (stored: Grant) => boolean): Promise<Grant> {
  const { records } = context.gateway;
  try {
    return await records.update(COLLECTIONS.grants, grantSchema, grant);
  } catch (error) {
    const [stored] = await records.list(COLLECTIONS.grants, grantSchema, { where: { _id: grant._id } }).catch(() => [undefined]);
    if (stored && holds(stored)) return stored;
    return records.update(COLLECTIONS.grants, grantSchema, grant).catch(() => {
      throw error;
    });
  }
}
