import { addDays } from '../access/clock';
import { plural } from '../access/format';
import type { Reminder } from '../wix/reminders';
import type { OperationContext } from './log';

export const REQUESTS_TASK_TITLE = 'Access requests waiting';
/** How far back and ahead the open task is looked for (Wix filters tasks by status and due date only). */
const WINDOW_DAYS = 400;

const isRequestsTask = (task: Reminder) => task.title === REQUESTS_TASK_TITLE;

/**
 * One Tasks & Reminders task for the owner while requests wait: made when the first arrives, its text
 * kept to the count, completed when none is left. Returns false when Wix could not be asked (the
 * request itself is kept either way; the next request or decision tries again).
 */
export async function syncRequestsTask(context: OperationContext, waiting: number): Promise<boolean> {
  const { reminders } = context.gateway;
  const now = context.clock();
  try {
    const open = (await reminders.openDueBetween(addDays(now, -WINDOW_DAYS), addDays(now, WINDOW_DAYS))).filter(isRequestsTask);
    const description = `${plural(waiting, 'access request')} waiting for approval in Site Access (Requests tab).`;
    if (waiting === 0) {
      for (const task of open) await reminders.complete(task);
      return true;
    }
    const [task, ...extra] = open;
    if (task) await reminders.describe(task, description);
    else await reminders.create({ title: REQUESTS_TASK_TITLE, description, dueDate: addDays(now, 1) });
    for (const duplicate of extra) await reminders.complete(duplicate);
    return true;
  } catch {
    return false;
  }
}
