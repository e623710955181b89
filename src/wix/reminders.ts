import { z } from 'zod';
import type { WixClient } from './client';
import { callWix, parseWix } from './errors';

/** A task in the site's Tasks & Reminders; Wix reminds the day before and on the due date. */
const taskSchema = z.looseObject({
  _id: z.string(),
  revision: z.union([z.string(), z.number()]).transform(String).optional(),
  title: z.string(),
  description: z.string().nullish(),
  dueDate: z.coerce.date().nullish(),
  status: z.string(),
});
export type Reminder = z.infer<typeof taskSchema>;

export interface ReminderInput {
  title: string;
  description?: string;
  dueDate: Date;
}

/** Reminders through `@wix/crm` tasks. */
export function remindersApi(client: WixClient) {
  return {
    async create(input: ReminderInput): Promise<Reminder> {
      const action = 'create the reminder in Tasks & Reminders';
      const task = await callWix(action, () => client.tasks.createTask({ ...input, status: 'ACTION_NEEDED' }));
      return parseWix(taskSchema, task, action);
    },
    /** Keeps the task open with a new description (what is left for the owner to do). */
    async describe(task: Reminder, description: string): Promise<Reminder> {
      const action = 'update the reminder';
      const updated = await callWix(action, () => client.tasks.updateTask(task._id, { revision: task.revision, description: description.slice(0, 500) }));
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
    async remove(taskId: string): Promise<void> {
      await callWix('delete the reminder', () => client.tasks.deleteTask(taskId));
    },
  };
}
