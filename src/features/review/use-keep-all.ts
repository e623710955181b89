import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { ChecklistRow } from '../../access/review/checklist';
import type { Decision, ReviewKind } from '../../access/review/review-record';
import { useOperationContext } from '../../page/services';
import { keepRows } from '../../operations/review-keeps';
import { siteKeys } from '../../page/site-queries';
import { updateOpenReview } from './review-cache';
import type { RowState, RunResult } from './use-decide';

/** The decisions with `added` in place of any earlier decision on the same rows. */
function withDecisions(decisions: Decision[], added: readonly Decision[]): Decision[] {
  const keys = new Set(added.map((d) => d.subjectKey));
  return [...decisions.filter((d) => !keys.has(d.subjectKey)), ...added];
}

const without = (decisions: Decision[], keys: Set<string>) => decisions.filter((d) => !keys.has(d.subjectKey));

/**
 * Keeps many rows at once (bulk Keep selected): shown kept at once, logged in one backend call per 1,000
 * rows (`keepRows`), saved as their records behind it. A row refused (a reason needed) is taken back and says why.
 */
export function useKeepAll(
  setRowStates: Dispatch<SetStateAction<Record<string, RowState>>>,
  persist: (decisions: readonly Decision[]) => void,
) {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  return useCallback(
    async (rows: readonly ChecklistRow[], reason: string, reviewKind: ReviewKind): Promise<RunResult[]> => {
      const keys = new Set(rows.map((r) => r.key));
      const at = context.clock();
      const optimistic = rows.map((row): Decision => ({
        subjectKey: row.key,
        subjectType: row.type,
        subjectEmail: row.email,
        subjectName: row.type === 'person' ? row.name : '',
        role: row.role,
        decision: 'keep',
        reason: reason.trim(),
        at,
      }));
      updateOpenReview(queryClient, (review) => ({ ...review, decisions: withDecisions(review.decisions, optimistic) }));
      setRowStates((states) => ({ ...states, ...Object.fromEntries(rows.map((r) => [r.key, { state: 'working' } as const])) }));
      const results = await keepRows(context, rows, reason, reviewKind).catch((error: Error) =>
        rows.map((row) => ({ row, refused: error.message })),
      );
      const kept = results.flatMap((r) => ('outcome' in r ? [r.outcome.decision] : []));
      const refused = new Map(results.flatMap((r) => ('refused' in r ? [[r.row.key, r.refused] as const] : [])));
      updateOpenReview(queryClient, (review) => ({
        ...review,
        decisions: withDecisions(without(review.decisions, new Set(refused.keys())), kept),
      }));
      setRowStates((states) => {
        const next = Object.fromEntries(Object.entries(states).filter(([key]) => !keys.has(key)));
        for (const [key, message] of refused) next[key] = { state: 'failed', message, retry: null };
        return next;
      });
      persist(kept);
      void queryClient.invalidateQueries(siteKeys.accessLog);
      return results.map((r): RunResult =>
        'outcome' in r ? { ok: true, outcome: r.outcome } : { ok: false, message: r.refused, keyRefused: false },
      );
    },
    [context, queryClient, setRowStates, persist],
  );
}
