import type { ChecklistRow } from '../../access/review/checklist';
import { plural } from '../../access/format';
import type { ReviewKind } from '../../access/review/review-record';
import type { DashboardPort } from '../../wix/dashboard-port';
import { subjectName } from './decision-toasts';
import type { DecisionRunner } from './use-decide';

/**
 * A bulk decision: keep all, or remove (people) and cancel (invites) with one reason.
 * One at a time, so each refusal sees the earlier removals; failures stay on their rows.
 */
export async function runBulk(
  runner: DecisionRunner, dashboard: DashboardPort, rows: readonly ChecklistRow[], action: 'keep' | 'remove', reason: string, reviewKind: ReviewKind,
): Promise<void> {
  const failed: string[] = [];
  for (const row of rows) {
    const decision = action === 'keep' ? 'keep' : row.type === 'invite' ? 'cancel' : 'remove';
    const result = await runner.run({ row, decision, reason, reviewKind });
    if (!result.ok) failed.push(subjectName(row));
  }
  const done = rows.length - failed.length;
  const verb = action === 'keep' ? 'kept' : 'removed or cancelled';
  if (failed.length === 0) dashboard.showToast({ type: 'success', message: `${plural(done, 'row')} ${verb}.` });
  else {
    dashboard.showToast({
      type: 'error',
      message: `${plural(done, 'row')} ${verb}; ${failed.length} could not be: ${failed.join(', ')}. Each row says why and offers Retry.`,
    });
  }
}
