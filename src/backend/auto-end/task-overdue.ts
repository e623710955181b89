import { z } from 'zod';
import { grantSchema } from '../../access/support-pass';
import { COLLECTIONS } from '../../wix/collections';
import { apiKeyStatus } from '../api-key/connection';
import { backendContext } from '../backend-context';
import type { BackendPlatform } from '../platform';
import { AUTO_ACTOR, endDuePass } from './end-pass';
import { claimEvent, settleEvent } from '../../operations/handled-events';

/** Task Overdue as `tasks.onTaskOverdue` hands it over (`@wix/crm`): the task, and the event's metadata. */
const overdueEvent = z.object({
  data: z.object({ task: z.looseObject({ _id: z.string().optional() }).optional() }).optional(),
  metadata: z.looseObject({ _id: z.string().min(1), entityId: z.string().optional() }),
});

/**
 * A reminder task reached its due date: if it is a support pass's reminder and the pass ends by itself,
 * end it now (`endDuePass`). Wix may deliver an event late, twice or out of order: the event id is
 * claimed once, and the pass's current state and Wix's current contributors decide what happens.
 * Answers what it did (for the local log and tests).
 */
export async function handleTaskOverdue(platform: BackendPlatform, raw: unknown): Promise<string> {
  const parsed = overdueEvent.safeParse(raw);
  const taskId = parsed.success ? (parsed.data.data?.task?._id ?? parsed.data.metadata.entityId) : undefined;
  if (!parsed.success || !taskId) {
    console.warn('Site Access: ignored a Task Overdue event it could not read.');
    return 'malformed';
  }
  const context = backendContext(platform, AUTO_ACTOR);
  const eventId = parsed.data.metadata._id;
  if (!(await claimEvent(context, eventId, 'task-overdue', taskId))) return 'duplicate';
  try {
    const [grant] = await context.gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { reminderTaskId: taskId } });
    if (!grant) console.info(`Site Access: Task Overdue for task ${taskId}, which is not a support pass reminder; ignored.`);
    const outcome = grant ? await endDuePass(context, grant, apiKeyStatus(platform).connected) : 'unknown-task';
    await settleEvent(context, eventId, 'task-overdue', taskId, outcome);
    return outcome;
  } catch (error) {
    await settleEvent(context, eventId, 'task-overdue', taskId, null);
    throw error;
  }
}

/** Ends every due pass set to end by itself: the page asks for it when it opens, in case an event was missed or failed. */
export async function endDuePasses(platform: BackendPlatform): Promise<number> {
  const context = backendContext(platform, AUTO_ACTOR);
  const now = context.clock().getTime();
  const grants = await context.gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { autoEnd: true } });
  // A pass waiting for its invite to be cancelled is tried again too: the owner's page may have sent the key.
  const due = grants.filter((g) => g.expiresAt.getTime() <= now && ['awaiting-invite', 'invited', 'cancel-in-wix'].includes(g.status));
  if (due.length === 0) return 0;
  const { connected } = apiKeyStatus(platform);
  let ended = 0;
  for (const grant of due) if (['ended', 'invite-cancelled'].includes(await endDuePass(context, grant, connected))) ended += 1;
  return ended;
}
