import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { inviteRecordSchema } from '../access/invite-records';
import { z, type Schema } from '../access/zod';
import { requestParamsIn } from '../access/request-params';
import { accessRequestSchema } from '../access/requests/access-request';
import { reviewSchema } from '../access/review/review-record';
import { grantSchema } from '../access/support-pass';
import type { Backend } from '../contract/commands';
import { meSchema } from '../contract/me';
import type { OpeningRecordSets } from '../contract/answers';
import { reviewQueries } from '../features/review/queries';
import { vendorsQuery } from '../features/support-access/queries';
import { connectionQuery, keyStatusSchema } from '../page/connection';
import { accessRequestsQuery, grantsQuery, invitesQuery, peopleQuery } from '../page/site-queries';
import type { Gateway } from '../wix/gateway';
import { unwrap } from '../wix/key-services';
import { meQuery } from '../page/identity';
import type { TabId } from '../page/navigation';

/** The tab the page opens on: Support access for a vendor's request link, the review otherwise. */
export function openingTab(launchSearch: string): TabId {
  return requestParamsIn(launchSearch).length > 0 ? 'support' : 'review';
}

const openingSchema = z.object({ me: meSchema, records: z.nullable(z.record(z.string(), z.unknown())) });
type Opening = z.infer<typeof openingSchema>;

interface OpeningRead<T> {
  part: keyof OpeningRecordSets;
  schema: Schema<T>;
  query: { queryKey: QueryKey; queryFn: () => Promise<T> };
}

/**
 * A list the backend read for the opening, parsed as the page parses its own reads; when the backend
 * did not give it (not a manager, that read failed there, the answer did not come), the page reads it.
 * Only the first fetch takes the opening's answer: a refetch (after a change, with no screen asking
 * that query yet) reads Wix again.
 */
function fromOpening<T>(opening: Promise<Opening>, { part, schema, query }: OpeningRead<T>) {
  let taken = false;
  return {
    ...query,
    queryFn: async (): Promise<T> => {
      if (taken) return query.queryFn();
      taken = true;
      const answer = await opening.then(
        (o) => o.records?.[part],
        () => undefined,
      );
      if (answer === undefined) return query.queryFn();
      return unwrap(schema, Promise.resolve(answer), `load the app's records (${part})`).catch(() => query.queryFn());
    },
  };
}

/**
 * Starts the reads of the opening tab and the due banner before anything is drawn, so Wix answers
 * while React builds the page instead of after; settles once all have answered or failed (the page
 * draws the tab then). They are the queries the tab then asks for, so nothing is requested twice. With
 * the backend there, the page sends three requests however big the site: the contributors, the roles
 * catalogue, and one web method that says who is signed in and, for a manager, brings the app's records
 * and whether the owner's key is connected (read beside Wix, the later pages of a long list in parallel).
 */
export function startOpeningReads(client: QueryClient, gateway: Gateway, tab: TabId, backend?: Backend): Promise<void> {
  const started: Promise<void>[] = [];
  const prefetch = <T>(query: FetchQueryOptions<T, unknown, T, QueryKey>) => started.push(client.prefetchQuery(query));
  if (tab === 'support') prefetch(vendorsQuery(gateway));
  prefetch(peopleQuery(gateway));
  const reads: OpeningRead<unknown>[] = [
    { part: 'reviews', schema: z.array(reviewSchema), query: reviewQueries.reviews(gateway) },
    { part: 'grants', schema: z.array(grantSchema), query: grantsQuery(gateway) },
    { part: 'invites', schema: z.array(inviteRecordSchema), query: invitesQuery(gateway) },
    // The Requests tab's label counts the waiting requests; the review's re-check finding reads them too.
    { part: 'accessRequests', schema: z.array(accessRequestSchema), query: accessRequestsQuery(gateway) },
  ];
  if (!backend) {
    for (const { part, query } of reads) if (part !== 'reviews' || tab === 'review') prefetch(query);
    return settled(started);
  }
  const opening = unwrap(openingSchema, backend.openingRecords(), 'find out who is signed in');
  opening.catch(() => undefined); // Each query below reports its own failure.
  prefetch({ ...meQuery(backend), queryFn: async () => (await opening).me });
  const keyStatus: OpeningRead<unknown> = { part: 'keyStatus', schema: keyStatusSchema, query: connectionQuery(backend) };
  for (const read of [...reads, keyStatus]) prefetch(fromOpening(opening, read));
  return settled(started);
}

/** Once every read has answered or failed (`prefetchQuery` never rejects; each query keeps its error). */
const settled = (reads: Promise<void>[]) => Promise.all(reads).then(() => undefined);
