import { grantSchema, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import type { OperationContext } from './log';
import { attachReminder } from './support-passes';

const STALE_MS = 60_000;

/**
 * Completes what an interrupted grant left undone: a pass recorded but never confirmed invited
 * becomes failed (retryable); an invited pass without its reminder gets one. Returns what changed.
 */
export async function repairPasses(context: OperationContext, grants: readonly Grant[]): Promise<number> {
  const now = context.clock().getTime();
  let repaired = 0;
  for (const grant of grants) {
    if (grant.status === 'approved' && now - grant.createdAt.getTime() > STALE_MS) {
      await context.gateway.records.update(COLLECTIONS.grants, grantSchema, {
        ...grant, status: 'failed', failure: 'The invite was not confirmed before the page closed. Retry it.',
      });
      repaired += 1;
    } else if (grant.status === 'invited' && !grant.reminderTaskId) {
      const updated = await attachReminder(context, grant);
      if (updated.reminderTaskId) repaired += 1;
    }
  }
  return repaired;
}
