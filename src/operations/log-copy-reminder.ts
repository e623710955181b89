import { DAY_MS } from '../access/clock';
import { formatDate } from '../access/format';
import type { Reminder } from '../wix/reminders';
import type { OperationContext } from './log';

/** Names the monthly "keep a copy of the log" task in its description (Wix filters tasks only by status and dates). */
export const LOG_COPY_MARKER = '[access-log-copy]';
export const LOG_COPY_EVERY_MS = 30 * DAY_MS;

/**
 * After a full export: the reminder to download the next copy, 30 days on, in the site's Tasks &
 * Reminders (Wix reminds the day before and on the day). An open one is moved, not doubled.
 */
export async function remindNextLogCopy(
  { gateway, clock }: Pick<OperationContext, 'gateway' | 'clock'>,
  headHash: string | null,
): Promise<Reminder> {
  const now = clock();
  const due = new Date(now.getTime() + LOG_COPY_EVERY_MS);
  const open = (
    await gateway.reminders.openDueBetween(new Date(now.getTime() - 365 * DAY_MS), new Date(now.getTime() + 2 * LOG_COPY_EVERY_MS))
  ).filter((task) => (task.description ?? '').includes(LOG_COPY_MARKER));
  const [current, ...extra] = open;
  for (const task of extra) await gateway.reminders.complete(task).catch(() => undefined);
  if (current) return gateway.reminders.reschedule(current, due);
  const head = headHash ? ` Last copy ${formatDate(now)}, head hash ${headHash.slice(0, 16)}…` : '';
  return gateway.reminders.create({
    title: 'Site Access: download a copy of the access log',
    description:
      `Open Site Access → Access log → Export CSV (no filter) and keep the file off the site; verify it with scripts/verify-log.ts.${head} ${LOG_COPY_MARKER}`.slice(
        0,
        500,
      ),
    dueDate: due,
  });
}
