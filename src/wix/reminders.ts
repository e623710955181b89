import { z } from '../access/zod';
import type { TasksClient } from './client';
import { callWix, parseWix } from './errors';

/** A task in the site's Tasks & Reminders; Wix reminds the day before and on the due date. */
const taskSchema = z.looseObject({
  _id: z.string(),
  revision: z.optional(z.pipe(z.union([z.string(), z.number()]), z.transform(String))),
  title: z.string(),
  description: z.nullish(z.string()),
  dueDate: z.nullish(z.coerce.date()),
  status: z.string(),
});
export type Reminder = z.infer<typeof taskSchema>;

/**
 * How a task names the support pass it reminds of, in its description. Wix filters tasks only by id,
 * dates and status (not by title or description), so the app reads the open tasks in a due-date window
 * and recognises a pass's tasks by this marker.
 */
export const passMarker = (passId: string) => `[pass ${passId}]`;

/** The pass ids named in a task's description. */
export function passIdsIn(task: Pick<Reminder, 'description'>): string[] {
  return [...(task.description ?? '').matchAll(/\[pass ([^\]\s]+)\]/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** Wix's limits on a task: title 1–250 characters, description 1–500. */
const MAX_TITLE = 250;
const MAX_DESCRIPTION = 500;

/** The text cut to Wix's 500 characters, keeping the pass markers at its end (they name the pass). */
function fitDescription(text: string, markers: string[] = passIdsIn({ description: text }).map(passMarker)): string | undefined {
  const tail = markers.join(' ');
  const body = tail ? text.replace(/\s*\[pass [^\]\s]+\]/g, '').trim() : text.trim();
  const fitted = tail ? `${body.slice(0, MAX_DESCRIPTION - tail.length - 1)} ${tail}`.trim() : body.slice(0, MAX_DESCRIPTION);
  return fitted === '' ? undefined : fitted;
}

/** Open tasks read at most per request, and at most this many requests per read (a bounded read). */
const TASKS_PER_PAGE = 100;
const MAX_TASK_PAGES = 10;

export interface ReminderInput {
  title: string;
  description?: string;
  dueDate: Date;
}

/** Reminders through `@wix/crm` tasks. */
export function remindersApi(client: TasksClient) {
  return {
    async create(input: ReminderInput): Promise<Reminder> {
      const action = 'create the reminder in Tasks & Reminders';
      const fields = {
        ...input,
        title: input.title.slice(0, MAX_TITLE),
        description: input.description === undefined ? undefined : fitDescription(input.description),
      };
      const task = await callWix(action, () => client.tasks.createTask({ ...fields, status: 'ACTION_NEEDED' }));
      return parseWix(taskSchema, task, action);
    },
    /** Keeps the task open with a new description (what is left for the owner to do); the pass it names stays named. */
    async describe(task: Reminder, description: string): Promise<Reminder> {
      const action = 'update the reminder';
      const text = fitDescription(description, passIdsIn(task).map(passMarker));
      const updated = await callWix(action, () => client.tasks.updateTask(task._id, { revision: task.revision, description: text }));
      return parseWix(taskSchema, updated, action);
    },
    async reschedule(task: Reminder, dueDate: Date): Promise<Reminder> {
      const action = 'move the reminder';
      const updated = await callWix(action, () => client.tasks.updateTask(task._id, { revision: task.revision, dueDate }));
      return parseWix(taskSchema, updated, action);
    },
    async complete(task: Reminder): Promise<Reminder> {
      const action = 'complete the reminder';
      const updated = await callWix(action, () => client.tasks.updateTask(task._id, { revision: task.revision, status: 'COMPLETED' }));
      return parseWix(taskSchema, updated, action);
    },
    async get(taskId: string): Promise<Reminder | null> {
      const action = 'load the reminder';
      const result = await callWix(action, () => client.tasks.queryTasks().eq('_id', taskId).limit(1).find());
      const first = result.items[0];
      return first ? parseWix(taskSchema, first, action) : null;
    },
    /**
     * Open tasks (ACTION_NEEDED) due between `from` and `to`: filtered by Wix on status and due date (what
     * it can filter on), read in pages of 100, at most 1,000 tasks. Used to find a pass's tasks by marker.
     */
    async openDueBetween(from: Date, to: Date): Promise<Reminder[]> {
      const action = 'load the open reminders';
      return callWix(action, async () => {
        let page = await client.tasks
          .queryTasks()
          .eq('status', 'ACTION_NEEDED')
          .ge('dueDate', from)
          .le('dueDate', to)
          .limit(TASKS_PER_PAGE)
          .find();
        const rows: unknown[] = [...page.items];
        for (let n = 1; n < MAX_TASK_PAGES && page.hasNext(); n += 1) {
          page = await page.next();
          rows.push(...page.items);
        }
        return rows.map((row) => parseWix(taskSchema, row, action));
      });
    },
    async remove(taskId: string): Promise<void> {
      await callWix('delete the reminder', () => client.tasks.deleteTask(taskId));
    },
  };
}
