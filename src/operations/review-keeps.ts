import { reasonProblem } from '../access/guards';
import type { ChecklistRow } from '../access/review/checklist';
import type { ReviewKind } from '../access/review/review-record';
import { logAllDone, type OperationContext } from './log';
import { decisionLogIntent, decisionOf, NOT_LOGGED, type DecisionOutcome, type DecisionRequest } from './review-decisions';
import { reasonRequired } from '../access/review/review-record';

/** Rows per backend call: the backend chains and inserts 1,000 entries per Wix bulk insert. */
const PER_CALL = 1000;

export type KeepResult = { row: ChecklistRow; outcome: DecisionOutcome } | { row: ChecklistRow; refused: string };

/**
 * "Keep" for many rows at once (the review's bulk Keep selected). A keep changes nothing in Wix, so all that
 * is written is each row's `review-decision` entry: one backend call per 1,000 rows (one head read and one
 * bulk insert for them all) instead of a call, a head read and a chain check per row. Per row, as
 * `carryOutDecision` gives it: refused when it needs a reason, or kept (with a warning if not logged).
 */
export async function keepRows(
  context: OperationContext,
  rows: readonly ChecklistRow[],
  reason: string,
  reviewKind: ReviewKind,
): Promise<KeepResult[]> {
  const requests: DecisionRequest[] = rows.map((row) => ({ row, decision: 'keep', reason, reviewKind }));
  const allowed = requests.filter((r) => !reasonProblem(r.reason, reasonRequired('keep', reviewKind, r.row)));
  const trimmed = reason.trim();
  const warnings = new Map<DecisionRequest, string[]>();
  for (let start = 0; start < allowed.length; start += PER_CALL) {
    const part = allowed.slice(start, start + PER_CALL);
    // Worded as carryOutDecision words a failed single entry (a call refused as a whole: its message).
    const logged = await logAllDone(
      context,
      part.map((r) => decisionLogIntent(r, trimmed)),
    ).then(
      (results) => results.map((result) => ('problem' in result ? `Couldn't write the access log: ${result.problem}` : null)),
      (error: Error) => part.map(() => error.message),
    );
    part.forEach((r, i) => {
      const problem = i < logged.length ? logged[i] : "Couldn't write the access log: the backend answered nothing.";
      if (problem) warnings.set(r, [`${NOT_LOGGED}${problem}`]);
    });
  }
  return requests.map((r) => {
    const problem = reasonProblem(r.reason, reasonRequired('keep', reviewKind, r.row));
    if (problem) return { row: r.row, refused: problem };
    return { row: r.row, outcome: { decision: decisionOf(context, r, trimmed), warnings: warnings.get(r) ?? [] } };
  });
}
