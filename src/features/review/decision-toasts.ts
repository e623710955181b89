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

/** Guided: what the owner says they did in Wix's Roles & Permissions. */
const IN_WIX: Partial<Record<DecisionKind, (who: string) => string>> = {
  'change-role': (who) => `Recorded that you changed the role of ${who} in Roles & Permissions.`,
  resend: (who) => `Recorded that you resent ${who} in Roles & Permissions.`,
  cancel: (who) => `Recorded that you cancelled ${who} in Roles & Permissions.`,
};

export const subjectName = (row: ChecklistRow) => (row.type === 'person' ? row.name : `the invite to ${row.email}`);

/**
 * Runs one decision and tells the owner how it went, naming the person (the row keeps the detail).
 * When the key is refused and `onKeyRefused` is given, that takes over (the guided panel says why).
 */
export async function decideWithToast(
  runner: DecisionRunner,
  dashboard: DashboardPort,
  request: DecisionRequest,
  onKeyRefused?: () => void,
): Promise<boolean> {
  const who = subjectName(request.row);
  const result = await runner.run(request);
  if (!result.ok) {
    if (result.keyRefused && onKeyRefused) onKeyRefused();
    else dashboard.showToast({ type: 'error', message: `${who}: ${result.message}` });
    return false;
  }
  const done = (request.inWix ? IN_WIX[request.decision] : undefined) ?? DONE[request.decision];
  if (request.decision !== 'keep') dashboard.showToast({ type: 'success', message: done(who) });
  result.outcome.warnings.forEach((message) => dashboard.showToast({ type: 'warning', message }));
  return true;
}
