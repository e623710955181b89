import { tasks } from '@wix/crm';
import { handleTaskOverdue } from '../../auto-end/task-overdue';
import { wixPlatform } from '../../wix-platform';

// Wix calls this when a task reaches its due date (Read Tasks permission). A support pass's reminder
// is its timer: a pass set to end by itself is ended here, even when nobody opens the dashboard.
tasks.onTaskOverdue(async (event) => {
  const outcome = await handleTaskOverdue(wixPlatform, event);
  console.info(`Site Access: Task Overdue handled (${outcome}).`);
});
