import { z } from 'zod';
import { accessRequestSchema } from '../../access/requests/access-request';
import type { BackendApi } from '../../backend/backend-api';
import { accessRequestsQuery, siteKeys } from '../../operations/site-queries';
import { unwrap } from '../../wix/key-services';

/** Every request under `site` (every change to access refreshes them); the caller's own under `me`. */
export const requestKeys = {
  all: siteKeys.accessRequests,
  mine: ['me', 'access-requests'] as const,
};

/** Every request (the owner's or a co-owner's page may read the app's records). */
export const requestsQuery = accessRequestsQuery;

/** The signed-in person's own requests, through the backend (their page may not read the records). */
export function myRequestsQuery(backend: BackendApi) {
  return { queryKey: requestKeys.mine, queryFn: () => unwrap(z.array(accessRequestSchema), backend.myAccessRequests(), 'load your access requests') };
}
