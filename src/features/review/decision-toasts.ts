import type { ChecklistRow } from '../../access/review/checklist';
import type { DecisionKind } from '../../access/review/review-record';
import type { DecisionRequest } from '../../operations/review-decisions';
import type { DashboardPort } from '../../wix/dashboard-port';
import type { DecisionRunner } from './use-decide';

const DONE: Record<DecisionKind, (who: string) => string> = {
  keep: (who) => `Kept ${who}.`,
  'change-role': (who) => `Changed the role of ${who}.`,
  remove: (who) => `Removed ${who} from the site.`,
  offboard: (who) => `Handed ${who} to the offboarding wizard.`,
  resend: (who) => `Resent ${who}.`,
  cancel: (who) => `Cancelled ${who}.`,
};

export const subjectName = (row: ChecklistRow) => (row.type === 'person' ? row.name : `the invite to ${row.email}`);

/** Runs one decision and tells the owner how it went, naming the person (the row keeps the detail). */
export async function decideWithToast(runner: DecisionRunner, dashboard: DashboardPort, request: DecisionRequest): Promise<boolean> {
  const who = subjectName(request.row);
  const result = await runner.run(request);
  if (!result.ok) {
    dashboard.showToast({ type: 'error', message: `${who}: ${result.message}` });
    return false;
  }
  if (request.decision !== 'keep') dashboard.showToast({ type: 'success', message: DONE[request.decision](who) });
  result.outcome.warnings.forEach((message) => dashboard.showToast({ type: 'warning', message }));
  return true;
}
