import type { ChecklistRow } from '../../access/review/checklist';
import { plural } from '../../access/format';
import type { ReviewKind } from '../../access/review/review-record';
import type { DashboardPort } from '../../wix/dashboard-port';
import { subjectName } from './decision-toasts';
import type { DecisionRunner } from './use-decide';

/**
 * A bulk decision: keep all (at once), or remove (people) and cancel (invites) with one reason.
 * Removals one at a time, so each refusal sees the earlier removals; failures stay on their rows. Without a
 * connected key (or when Wix refuses it) invites are left to the owner in Roles & Permissions.
 */
export async function runBulk(
  runner: DecisionRunner,
  dashboard: DashboardPort,
  rows: readonly ChecklistRow[],
  action: 'keep' | 'remove',
  reason: string,
  reviewKind: ReviewKind,
  connected: boolean,
): Promise<void> {
  const failed: string[] = [];
  // Without a working key, invites are cancelled by the owner in Roles & Permissions (their rows stay open).
  const leftToOwner: string[] = [];
  if (action === 'keep') {
    // Keeping changes nothing in Wix: all rows at once (one log write per 1,000 rows).
    const results = await runner.keepAll(rows, reason, reviewKind);
    rows.forEach((row, i) => {
      if (!results[i]?.ok) failed.push(subjectName(row));
    });
  } else {
    for (const row of rows) {
      const decision = row.type === 'invite' ? 'cancel' : 'remove';
      if (decision === 'cancel' && !connected) {
        leftToOwner.push(subjectName(row));
        continue;
      }
      const result = await runner.run({ row, decision, reason, reviewKind });
      if (!result.ok) (result.keyRefused ? leftToOwner : failed).push(subjectName(row));
    }
  }
  const done = rows.length - failed.length - leftToOwner.length;
  const verb = action === 'keep' ? 'kept' : 'removed or cancelled';
  if (leftToOwner.length > 0) {
    dashboard.showToast({
      type: 'warning',
      message: `Cancel ${leftToOwner.join(', ')} in Roles & Permissions (Wix lets only a connected API key do it), then record it with the row's Cancel.`,
    });
  }
  if (failed.length === 0) dashboard.showToast({ type: done > 0 ? 'success' : 'warning', message: `${plural(done, 'row')} ${verb}.` });
  else {
    dashboard.showToast({
      type: 'error',
      message: `${plural(done, 'row')} ${verb}; ${failed.length} could not be: ${failed.join(', ')}. Each row says why and offers Retry.`,
    });
  }
}
