import { loadReviews } from '../../wix/review-reads';
import { grantsQuery, invitesQuery, peopleQuery } from '../../page/site-queries';
import type { Gateway } from '../../wix/gateway';

/** Query keys of the access review (people, invites and passes are the shared site queries). */
export const reviewKeys = {
  reviews: ['review', 'reviews'] as const,
};

/** Everything the review reads, one request each, all sent together when the tab opens. */
export const reviewQueries = {
  people: peopleQuery,
  invites: invitesQuery,
  passes: grantsQuery,
  /** The app is the only writer of reviews and keeps this cache current itself, so it never goes stale. */
  reviews: (gateway: Gateway) => ({
    queryKey: reviewKeys.reviews,
    queryFn: () => loadReviews(gateway),
    staleTime: Infinity,
  }),
};
