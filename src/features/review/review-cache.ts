import type { QueryClient } from '@tanstack/react-query';
import { openReview, type Review } from '../../access/review/review-record';
import { saveReview } from '../../operations/reviews';
import type { Gateway } from '../../wix/gateway';
import { reviewKeys } from './queries';

/** The reviews as the page knows them (the cache is updated at once; Wix is written behind it). */
export function cachedReviews(queryClient: QueryClient): Review[] {
  return queryClient.getQueryData<Review[]>(reviewKeys.reviews) ?? [];
}

export function updateOpenReview(queryClient: QueryClient, change: (review: Review) => Review): void {
  queryClient.setQueryData<Review[]>(reviewKeys.reviews, (reviews = []) => reviews.map((r) => (r.completedAt === null ? change(r) : r)));
}

const saving = new WeakMap<QueryClient, Promise<unknown>>();

/**
 * Writes the open review to Wix, one save at a time and always the latest state, so quick
 * decisions never overwrite each other.
 */
export function persistOpenReview(queryClient: QueryClient, gateway: Gateway): Promise<void> {
  const previous = saving.get(queryClient) ?? Promise.resolve();
  const next = previous.then(async () => {
    const review = openReview(cachedReviews(queryClient));
    if (review) await saveReview(gateway, review);
  });
  saving.set(queryClient, next.catch(() => undefined));
  return next;
}

/** Resolves once every save started so far has finished. */
export function reviewSaved(queryClient: QueryClient): Promise<unknown> {
  return saving.get(queryClient) ?? Promise.resolve();
}
