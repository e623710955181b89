import type { QueryClient } from '@tanstack/react-query';
import { openReview, type Decision, type Review } from '../../access/review/review-record';
import { saveDecision } from '../../operations/reviews';
import type { Gateway } from '../../wix/gateway';
import { reviewKeys } from './queries';

/** The reviews as the page knows them (the cache is updated at once; Wix is written behind it). */
export function cachedReviews(queryClient: QueryClient): Review[] {
  return queryClient.getQueryData<Review[]>(reviewKeys.reviews) ?? [];
}

export function updateOpenReview(queryClient: QueryClient, change: (review: Review) => Review): void {
  queryClient.setQueryData<Review[]>(reviewKeys.reviews, (reviews = []) => reviews.map((r) => (r.completedAt === null ? change(r) : r)));
}

interface Saves {
  /** Decisions not saved yet, by review and row: the latest decision of a row replaces an unsaved earlier one. */
  unsaved: Map<string, { reviewId: string; decision: Decision }>;
  chain: Promise<unknown>;
}
const saves = new WeakMap<QueryClient, Saves>();
const savesOf = (queryClient: QueryClient): Saves => {
  const known = saves.get(queryClient);
  if (known) return known;
  const fresh: Saves = { unsaved: new Map(), chain: Promise.resolve() };
  saves.set(queryClient, fresh);
  return fresh;
};

/**
 * Saves decisions of the open review, each as its own small record, after the saves started before them (so
 * a row's later decision is never overwritten by an earlier one). A decision whose save failed stays
 * unsaved and is saved by the next call (`decisions` may be empty: saves what is left).
 */
export function persistDecisions(queryClient: QueryClient, gateway: Gateway, decisions: readonly Decision[] = []): Promise<void> {
  const state = savesOf(queryClient);
  const review = openReview(cachedReviews(queryClient));
  if (review)
    for (const decision of decisions) state.unsaved.set(`${review._id}:${decision.subjectKey}`, { reviewId: review._id, decision });
  const next = state.chain.then(async () => {
    for (const [key, { reviewId, decision: unsaved }] of [...state.unsaved]) {
      await saveDecision(gateway, reviewId, unsaved);
      // A newer decision for the row may have come in while this one was on its way.
      if (state.unsaved.get(key)?.decision === unsaved) state.unsaved.delete(key);
    }
  });
  state.chain = next.catch(() => undefined);
  return next;
}
