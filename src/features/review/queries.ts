import { grantSchema } from '../../access/support-pass';
import { reviewSchema } from '../../access/review/review-record';
import { invitesQuery, peopleQuery, siteKeys } from '../../operations/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

/** Query keys of the access review. Support passes change with access, so they sit under `siteKeys.all`. */
export const reviewKeys = {
  reviews: ['review', 'reviews'] as const,
  passes: [...siteKeys.all, 'support-passes'] as const,
};

/** Everything the review reads, one request each, all sent together when the tab opens. */
export const reviewQueries = {
  people: peopleQuery,
  invites: invitesQuery,
  passes: (gateway: Gateway) => ({
    queryKey: reviewKeys.passes,
    queryFn: () => gateway.records.list(COLLECTIONS.grants, grantSchema),
  }),
  /** The app is the only writer of reviews and keeps this cache current itself, so it never goes stale. */
  reviews: (gateway: Gateway) => ({
    queryKey: reviewKeys.reviews,
    queryFn: () => gateway.records.list(COLLECTIONS.reviews, reviewSchema, { orderBy: { field: 'startedAt', direction: 'desc' } }),
    staleTime: Infinity,
  }),
};
