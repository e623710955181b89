import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Offboarding } from '../../access/offboarding';
import { applyCheckChanges, type CheckChange } from '../../access/offboarding-checks';
import { useOperationContext } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { offboardingKeys } from './queries';
import { saveCheckChanges } from './save-check-changes';

type Request = { kind: 'tick' | 'reopen' } | { kind: 'skip'; reason: string };

/**
 * Step 4's security checks: every click is kept. Changes show at once and are saved in the order
 * they were made; what arrives while a save is under way goes into the next save (one write each).
 * A failed save keeps the unsaved changes on screen, to be tried again.
 */
export function useCheckQueue(record: Offboarding) {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  const queue = useRef<CheckChange[]>([]);
  const running = useRef(false);
  const drained = useRef<Promise<Offboarding | null>>(Promise.resolve(null));
  const latest = useRef(record);
  latest.current = record;
  const [pending, setPending] = useState<readonly CheckChange[]>([]);
  const [error, setError] = useState<unknown>(null);

  const drain = async (): Promise<Offboarding | null> => {
    running.current = true;
    setError(null);
    let base = latest.current;
    try {
      while (queue.current.length > 0) {
        const batch = [...queue.current];
        base = await saveCheckChanges(context, base, batch);
        const saved = base;
        // A read started before this save must not put the older record back.
        await queryClient.cancelQueries(offboardingKeys.list);
        queryClient.setQueryData<Offboarding[]>(offboardingKeys.list, (list = []) => list.map((r) => (r._id === saved._id ? saved : r)));
        queue.current = queue.current.slice(batch.length);
        // Saving ends once the page has re-read what depends on it (the log, the list).
        if (queue.current.length === 0) await queryClient.invalidateQueries(siteKeys.all);
        setPending([...queue.current]);
      }
      running.current = false;
      return base;
    } catch (failure) {
      running.current = false;
      setError(failure);
      return null;
    }
  };
  const start = () => {
    drained.current = drain();
  };

  const change = (checkId: string, request: Request) => {
    const stamp = { at: context.clock(), by: context.actor };
    const next: CheckChange =
      request.kind === 'skip'
        ? { checkId, kind: 'skip', reason: request.reason, ...stamp }
        : request.kind === 'tick'
          ? { checkId, kind: 'tick', ...stamp }
          : { checkId, kind: 'reopen' };
    queue.current = [...queue.current, next];
    setPending(queue.current);
    if (!running.current) start();
  };

  return {
    /** The offboarding as the owner sees it: saved, plus the changes still being saved. */
    view: applyCheckChanges(record, pending),
    saving: new Set(pending.map((c) => c.checkId)),
    change,
    error,
    retry: () => {
      if (!running.current && queue.current.length > 0) start();
    },
    /** Once every change is saved: the saved offboarding, or null if a save failed. */
    whenSaved: (): Promise<Offboarding | null> =>
      running.current ? drained.current : Promise.resolve(queue.current.length > 0 ? null : latest.current),
  };
}
