import { rolesFromPeople } from '../access/people';
import { listAccessRequests, listGrants, listInvites } from '../wix/app-records';
import type { Gateway } from '../wix/gateway';

/** Query keys for what every job reads: invalidate these after changing access. */
export const siteKeys = {
  all: ['site'] as const,
  people: ['site', 'people'] as const,
  invites: ['site', 'invites'] as const,
  accessLog: ['site', 'access-log'] as const,
  grants: ['site', 'grants'] as const,
  accessRequests: ['site', 'access-requests'] as const,
};

/**
 * Everyone with access and the roles the app can name (Wix's catalogue through a key, the roles the owner
 * named), fetched in parallel. Without either, roles are known by id only (`rolesNamed` false) except the
 * ids Wix documents.
 */
export function peopleQuery(gateway: Gateway) {
  return {
    queryKey: siteKeys.people,
    queryFn: async () => {
      const [people, catalogue] = await Promise.all([gateway.contributors.query(), gateway.contributors.roles()]);
      // `rolesNamed`: roles with Wix's ids and their names are known (Wix's catalogue, or the owner named them).
      return { people, roles: rolesFromPeople(people, catalogue ?? []), rolesNamed: (catalogue ?? []).length > 0 };
    },
  };
}

/** The invites the app sent (Wix offers no list of invites). */
export function invitesQuery(gateway: Gateway) {
  return {
    queryKey: siteKeys.invites,
    queryFn: () => listInvites(gateway),
  };
}

/** The support passes (read by the review, the support tab and the due banner). */
export function grantsQuery(gateway: Gateway) {
  return {
    queryKey: siteKeys.grants,
    queryFn: () => listGrants(gateway),
  };
}

/** Access requests (read by the Requests tab and the review's re-check finding). */
export function accessRequestsQuery(gateway: Gateway) {
  return {
    queryKey: siteKeys.accessRequests,
    queryFn: () => listAccessRequests(gateway),
  };
}
