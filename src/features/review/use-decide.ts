import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { SiteSnapshot } from '../../access/review/checklist';
import { peopleAfterDecisions } from '../../access/review/decided-site';
import { openReview, type Decision } from '../../access/review/review-record';
import { useOperationContext, useServices } from '../../page/services';
import { useConnected } from '../../page/use-connection';
import { connectionKey } from '../../page/connection';
import { carryOutDecision, type DecisionOutcome, type DecisionRequest } from '../../operations/review-decisions';
import { siteKeys } from '../../page/site-queries';
import { WixError } from '../../wix/errors';
import { needsKey } from '../../wix/key-services';
import { cachedReviews, persistDecisions, updateOpenReview } from './review-cache';
import { useKeepAll } from './use-keep-all';

/** `keyRefused`: Wix refused the connected key (or none is connected): the owner does it in Roles & Permissions. */
export type RunResult = { ok: true; outcome: DecisionOutcome } | { ok: false; message: string; keyRefused: boolean };

export type RowState = { state: 'working' } | { state: 'failed'; message: string; retry: DecisionRequest | null };

const withDecision = (decisions: Decision[], decision: Decision) => [
  ...decisions.filter((d) => d.subjectKey !== decision.subjectKey),
  decision,
];
const CHANGES_WIX = new Set(['change-role', 'remove', 'resend', 'cancel']);

/**
 * Carries out review decisions. A keep shows at once; a change in Wix shows as working, then as
 * done or as a failure on its row with Retry. Each decision is saved as its own record.
 */
export function useDecide(site: SiteSnapshot) {
  const context = useOperationContext();
  const { gateway } = useServices();
  const queryClient = useQueryClient();
  const connected = useConnected();
  const siteRef = useRef({ ...site, connected });
  siteRef.current = { ...site, connected };
  const [rowStates, setRowStates] = useState<Record<string, RowState>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const setRow = useCallback((key: string, state: RowState | null) => {
    setRowStates(({ [key]: _old, ...rest }) => (state ? { ...rest, [key]: state } : rest));
  }, []);

  const persist = useCallback(
    (decisions: readonly Decision[] = []) => {
      persistDecisions(queryClient, gateway, decisions).then(
        () => setSaveError(null),
        (error: Error) => setSaveError(`Your last decisions are not saved in Wix yet: ${error.message}`),
      );
    },
    [queryClient, gateway],
  );

  const mutation = useMutation({
    mutationFn: (request: DecisionRequest): Promise<DecisionOutcome> => {
      const { people, roles, invites, connected: keyConnected } = siteRef.current;
      const earlier = (openReview(cachedReviews(queryClient))?.decisions ?? []).filter((d) => d.subjectKey !== request.row.key);
      return carryOutDecision(context, request, {
        people: peopleAfterDecisions(people, roles, earlier),
        roles,
        invites,
        connected: keyConnected,
      });
    },
    onSuccess: (outcome) => {
      updateOpenReview(queryClient, (review) => ({ ...review, decisions: withDecision(review.decisions, outcome.decision) }));
      persist([outcome.decision]);
      return queryClient.invalidateQueries(CHANGES_WIX.has(outcome.decision.decision) ? siteKeys.all : siteKeys.accessLog);
    },
  });

  const run = useCallback(
    async (request: DecisionRequest): Promise<RunResult> => {
      const { row } = request;
      if (request.decision === 'keep') {
        // Shown at once; taken back if the log cannot be written.
        const optimistic: Decision = {
          subjectKey: row.key,
          subjectType: row.type,
          subjectEmail: row.email,
          subjectName: row.type === 'person' ? row.name : '',
          role: row.role,
          decision: 'keep',
          reason: request.reason.trim(),
          at: context.clock(),
        };
        updateOpenReview(queryClient, (review) => ({ ...review, decisions: withDecision(review.decisions, optimistic) }));
      }
      setRow(row.key, { state: 'working' });
      try {
        const outcome = await mutation.mutateAsync(request);
        setRow(row.key, null);
        return { ok: true, outcome };
      } catch (error) {
        if (request.decision === 'keep') {
          updateOpenReview(queryClient, (review) => ({ ...review, decisions: review.decisions.filter((d) => d.subjectKey !== row.key) }));
        }
        const message = error instanceof Error ? error.message : String(error);
        if (needsKey(error)) {
          // The backend disconnected the refused key: the page turns guided and the owner does it in Wix.
          setRow(row.key, null);
          void queryClient.invalidateQueries(connectionKey);
          return { ok: false, message, keyRefused: true };
        }
        setRow(row.key, { state: 'failed', message, retry: error instanceof WixError ? request : null });
        return { ok: false, message, keyRefused: false };
      }
    },
    [context, mutation, queryClient, setRow],
  );

  const keepAll = useKeepAll(setRowStates, persist);

  return { run, keepAll, rowStates, dismiss: (key: string) => setRow(key, null), saveError, saveAgain: () => persist() };
}

export type DecisionRunner = ReturnType<typeof useDecide>;
