import { z } from '../../access/zod';
import { accessRequestSchema, REQUEST_POLICY_ID, requestPolicySchema } from '../../access/requests/access-request';
import type { Backend } from '../../contract/commands';
import { accessRequestsQuery, siteKeys } from '../../page/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';
import { unwrap } from '../../wix/key-services';

/** Every request under `site` (every change to access refreshes them); the caller's own under `me`. */
export const requestKeys = {
  all: siteKeys.accessRequests,
  mine: ['me', 'access-requests'] as const,
  policy: ['site', 'request-policy'] as const,
};

/** Every request (the owner's or a co-owner's page may read the app's records). */
export const requestsQuery = accessRequestsQuery;

/** The signed-in person's own requests, through the backend (their page may not read the records). */
export function myRequestsQuery(backend: Backend) {
  return {
    queryKey: requestKeys.mine,
    queryFn: () => unwrap(z.array(accessRequestSchema), backend.myAccessRequests(), 'load your access requests'),
  };
}

/** Whether requests need a second approver (one approver until the owner says otherwise). */
export function requestPolicyQuery(gateway: Gateway) {
  return {
    queryKey: requestKeys.policy,
    queryFn: async () => {
      const [policy] = await gateway.records.list(COLLECTIONS.requestPolicy, requestPolicySchema, { where: { _id: REQUEST_POLICY_ID } });
      return policy ?? { _id: REQUEST_POLICY_ID, secondApproval: false, setBy: '' };
    },
  };
}
