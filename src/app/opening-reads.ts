import type { QueryClient } from '@tanstack/react-query';
import { requestParamsIn } from '../access/request-params';
import { reviewQueries } from '../features/review/queries';
import { vendorsQuery } from '../features/support-access/queries';
import { accessRequestsQuery, grantsQuery, invitesQuery, peopleQuery } from '../operations/site-queries';
import type { Gateway } from '../wix/gateway';
import type { BackendApi } from '../backend/backend-api';
import { meQuery } from './identity';
import type { TabId } from './navigation';

/** The tab the page opens on: Support access for a vendor's request link, the review otherwise. */
export function openingTab(launchSearch: string): TabId {
  return requestParamsIn(launchSearch).length > 0 ? 'support' : 'review';
}

/**
 * Starts the reads of the opening tab and the due banner before anything is drawn, so Wix answers
 * while React builds the page instead of after. They are the queries the tab then asks for, so
 * nothing is requested twice.
 */
export function startOpeningReads(client: QueryClient, gateway: Gateway, tab: TabId, backend?: BackendApi): void {
  // Who is signed in decides what the page offers (the backend asks Wix).
  if (backend) void client.prefetchQuery(meQuery(backend));
  // The Wix Data reads first: the SDK spends a few milliseconds preparing each, while the two REST
  // reads of people and roles leave at once; so all of them are on their way together.
  if (tab === 'review') void client.prefetchQuery(reviewQueries.reviews(gateway));
  if (tab === 'support') void client.prefetchQuery(vendorsQuery(gateway));
  void client.prefetchQuery(grantsQuery(gateway));
  void client.prefetchQuery(invitesQuery(gateway));
  void client.prefetchQuery(peopleQuery(gateway));
  // The Requests tab's label counts the waiting requests; the review's re-check finding reads them too.
  void client.prefetchQuery(accessRequestsQuery(gateway));
}
