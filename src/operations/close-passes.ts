import { normalizeEmail } from '../access/people';
import { grantSchema } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import { tracked, type OperationContext } from './log';

/** A pass that still lets a vendor in (or is about to). */
const OPEN_STATUSES = ['approved', 'awaiting-invite', 'invited', 'cancel-in-wix'];

export interface ClosedPasses {
  closed: number;
  problems: string[];
}

/**
 * Closes every open support pass for this email: status `revoked` with when and by whom, and its
 * reminder task completed. Each is logged as "Support access revoked". Returns what could not be closed.
 */
export async function closeOpenPasses(context: OperationContext, email: string, reason: string): Promise<ClosedPasses> {
  const { gateway, clock, actor } = context;
  const target = normalizeEmail(email);
  if (!target) return { closed: 0, problems: [] };
  const passes = await gateway.records.list(COLLECTIONS.grants, grantSchema);
  const open = passes.filter((pass) => normalizeEmail(pass.email) === target && OPEN_STATUSES.includes(pass.status));
  const result: ClosedPasses = { closed: 0, problems: [] };
  for (const pass of open) {
    try {
      await tracked(context, { action: 'pass-revoked', subjectEmail: target, role: pass.roleTitle, reason, grantId: pass._id }, () =>
        gateway.records.update(COLLECTIONS.grants, grantSchema, { ...pass, status: 'revoked', revokedAt: clock(), revokedBy: actor }),
      );
      result.closed += 1;
    } catch (error) {
      result.problems.push(`Couldn't close the support pass for ${target}: ${(error as Error).message}`);
      continue;
    }
    if (pass.reminderTaskId) {
      try {
        const task = await gateway.reminders.get(pass.reminderTaskId);
        if (task && task.status !== 'COMPLETED') await gateway.reminders.complete(task);
      } catch (error) {
        result.problems.push(`The support pass was closed, but its reminder could not be completed: ${(error as Error).message}`);
      }
    }
  }
  return result;
}
