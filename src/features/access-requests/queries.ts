import { z } from 'zod';
import { accessRequestSchema } from '../../access/requests/access-request';
import type { BackendApi } from '../../backend/backend-api';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';
import { unwrap } from '../../wix/key-services';

/** Under `site` (every change to access refreshes them); the caller's own under `me`. */
export const requestKeys = {
  all: ['site', 'access-requests'] as const,
  mine: ['me', 'access-requests'] as const,
};

/** Every request (the owner's or a co-owner's page may read the app's records). */
export function requestsQuery(gateway: Gateway) {
  return {
    queryKey: requestKeys.all,
    queryFn: () => gateway.records.list(COLLECTIONS.accessRequests, accessRequestSchema, { orderBy: { field: 'createdAt', direction: 'desc' } }),
  };
}

/** The signed-in person's own requests, through the backend (their page may not read the records). */
export function myRequestsQuery(backend: BackendApi) {
  return { queryKey: requestKeys.mine, queryFn: () => unwrap(z.array(accessRequestSchema), backend.myAccessRequests(), 'load your access requests') };
}
