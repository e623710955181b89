import { MAX_REASON_LENGTH } from './guards';
import type { Offboarding, SecurityCheckState } from './offboarding';
import { findCheck, isOpen, openCheck } from './security-checklist';

/** What the owner did to one security check. Stamped when clicked, saved in order. */
export type CheckChange =
  | { checkId: string; kind: 'tick'; at: Date; by: string }
  | { checkId: string; kind: 'reopen' }
  | { checkId: string; kind: 'skip'; at: Date; by: string; reason: string };

/** Why a skip cannot be recorded, or null. */
export function skipReasonProblem(reason: string): string | null {
  const length = reason.trim().length;
  if (length === 0) return 'Give a reason for skipping this check: it is kept with the offboarding and in the access log.';
  if (length > MAX_REASON_LENGTH) return `Keep the reason under ${MAX_REASON_LENGTH} characters (now ${length}).`;
  return null;
}

function changed(state: SecurityCheckState, change: CheckChange): SecurityCheckState {
  const open = openCheck(state.id);
  if (change.kind === 'tick') return { ...open, tickedAt: change.at, tickedBy: change.by };
  if (change.kind === 'skip') return { ...open, skippedAt: change.at, skippedBy: change.by, skipReason: change.reason.trim() };
  return open;
}

/**
 * In progress until it is documented and every security check is done or skipped with a reason;
 * a cancelled offboarding stays cancelled.
 */
export function settledStatus(record: Offboarding): Offboarding['status'] {
  if (record.status === 'cancelled') return 'cancelled';
  return record.documentedAt !== null && !record.checks.some(isOpen) ? 'completed' : 'in-progress';
}

/** The record with its status settled (also mends records saved as completed while checks were open). */
export const settle = (record: Offboarding): Offboarding => ({ ...record, status: settledStatus(record) });

/** The record with the changes applied in order, its status settled. */
export function applyCheckChanges(record: Offboarding, changes: readonly CheckChange[]): Offboarding {
  let checks = record.checks;
  for (const change of changes) checks = checks.map((state) => (state.id === change.checkId ? changed(state, change) : state));
  return settle({ ...record, checks });
}

/** The access log's line for a change, e.g. "Security check done: Rotate API keys and tokens". */
export function changeDetail(change: CheckChange): string {
  const label = findCheck(change.checkId)?.label ?? change.checkId;
  if (change.kind === 'tick') return `Security check done: ${label}`;
  if (change.kind === 'skip') return `Security check skipped: ${label}`;
  return `Security check reopened: ${label}`;
}

export function checksProgress(record: Pick<Offboarding, 'checks'>): { done: number; skipped: number; open: number; total: number } {
  const done = record.checks.filter((c) => c.tickedAt).length;
  const skipped = record.checks.filter((c) => !c.tickedAt && c.skippedAt).length;
  return { done, skipped, open: record.checks.length - done - skipped, total: record.checks.length };
}

/** "1 of 6 checks done, 2 skipped, 3 open" */
export function progressText(record: Pick<Offboarding, 'checks'>): string {
  const { done, skipped, open, total } = checksProgress(record);
  return `${done} of ${total} checks done${skipped > 0 ? `, ${skipped} skipped` : ''}${open > 0 ? `, ${open} open` : ''}`;
}
