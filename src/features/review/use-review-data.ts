import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useServices } from '../../page/services';
import type { SiteSnapshot } from '../../access/review/checklist';
import { reviewQueries } from './queries';
import { accessRequestsQuery } from '../../page/site-queries';

/**
 * The five reads of the review, started together; a failure is reported, never turned into an
 * empty list. `site` changes only when Wix data or the completed reviews change, not with each
 * decision of the open review, so the checklist is not rebuilt on every click.
 */
export function useReviewData() {
  const { gateway } = useServices();
  const people = useQuery(reviewQueries.people(gateway));
  const invites = useQuery(reviewQueries.invites(gateway));
  const passes = useQuery(reviewQueries.passes(gateway));
  const reviews = useQuery(reviewQueries.reviews(gateway));
  const requests = useQuery(accessRequestsQuery(gateway));
  const queries = [people, invites, passes, reviews, requests];
  const failed = queries.find((q) => q.isError);

  // Keyed by the completed reviews' ids: the open review's decisions do not change this list.
  const completedKey = (reviews.data ?? [])
    .filter((r) => r.completedAt)
    .map((r) => r._id)
    .join();
  const completed = useMemo(() => (reviews.data ?? []).filter((r) => r.completedAt), [completedKey]);
  const site = useMemo<SiteSnapshot | null>(
    () =>
      people.data && invites.data && passes.data && reviews.data && requests.data
        ? {
            people: people.data.people,
            roles: people.data.roles,
            invites: invites.data,
            passes: passes.data,
            reviews: completed,
            requests: requests.data,
          }
        : null,
    [people.data, invites.data, passes.data, reviews.data !== undefined, completed, requests.data],
  );
  return {
    site,
    reviews: reviews.data ?? [],
    /** Whether Wix named the roles (its catalogue needs a connected key). */
    rolesNamed: people.data?.rolesNamed ?? false,
    isLoading: queries.some((q) => q.isLoading),
    error: failed?.error ?? null,
    retry: () => queries.filter((q) => q.isError).forEach((q) => void q.refetch()),
  };
}
