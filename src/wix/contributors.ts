import { z } from '../access/zod';
import type { Contributor, Role } from '../access/people';
import type { AnyClient } from './client';
import { callWix, parseWix, readFetchResponse } from './errors';

const API = 'https://www.wixapis.com/roles-management';

// Plain objects, not loose ones: the fields the app reads are kept and Wix's others dropped (unknown
// fields still pass). Copying those others cost ~8 ms per 1,000 contributors when the page opens.
const wireContributor = z.object({
  id: z.string(),
  metaData: z.nullish(
    z.object({
      id: z.optional(z.string()),
      fullName: z.nullish(z.string()),
      email: z.nullish(z.string()),
      assignments: z.nullish(z.array(z.object({ policy: z.nullish(z.object({ id: z.string() })) }))),
    }),
  ),
  joinedAt: z.nullish(z.string()),
  invitedEmail: z.nullish(z.string()),
  callerCapabilities: z.nullish(z.array(z.string())),
});

const toContributor = (c: z.infer<typeof wireContributor>): Contributor => ({
  accountId: c.metaData?.id || c.id,
  name: c.metaData?.fullName?.trim() || c.metaData?.email || 'Unnamed contributor',
  email: c.metaData?.email ?? '',
  roleIds: (c.metaData?.assignments ?? []).flatMap((a) => (a.policy ? [a.policy.id] : [])),
  joinedAt: c.joinedAt ? new Date(c.joinedAt) : null,
  invitedEmail: c.invitedEmail || null,
  callerCapabilities: c.callerCapabilities ?? [],
});

const contributorsResponse = z.pipe(z.object({ contributors: z.array(wireContributor) }), z.transform(({ contributors }) => contributors.map(toContributor)));

/** One contributor in Wix's wire shape (e.g. the entity of a Contributor Created event). */
export const wireContributorSchema = z.pipe(wireContributor, z.transform(toContributor));

const wireRole = z.looseObject({ id: z.string(), title: z.optional(z.string()), name: z.optional(z.string()), description: z.nullish(z.string()) });
/** Get Roles Info's exact shape is not documented publicly: accept a flat list or Wix's grouped one. */
const rolesResponse = z.pipe(
  z
    .looseObject({
      roles: z.optional(z.array(wireRole)),
      predefinedRoles: z.optional(z.array(z.looseObject({ roles: z.array(wireRole) }))),
      customRoles: z.optional(z.array(wireRole)),
    })
    .check(z.refine((body) => body.roles !== undefined || body.predefinedRoles !== undefined, 'no roles in the response')),
  z.transform((body) =>
    [...(body.roles ?? []), ...(body.predefinedRoles ?? []).flatMap((g) => g.roles), ...(body.customRoles ?? [])].map(
      (r): Role => ({ id: r.id, title: r.title ?? r.name ?? r.id, description: r.description ?? '' }),
    ),
  ),
);

/** Site contributors and roles: REST through the SDK client's authenticated fetch (no npm module exists). */
export function contributorsApi(client: AnyClient) {
  const send = async (action: string, path: string, init?: RequestInit) => {
    const headers = { 'Content-Type': 'application/json', ...init?.headers };
    const response = await callWix(action, () => client.fetchWithAuth(`${API}${path}`, { ...init, headers }));
    return readFetchResponse(response, action);
  };

  return {
    async query(): Promise<Contributor[]> {
      const action = 'load the people with access';
      return parseWix(contributorsResponse, await send(action, '/v2/contributors/query'), action);
    },
    /** Get Roles Info: an account-level API, so only the backend calls it, with the owner's key. */
    async roles(): Promise<Role[]> {
      const action = 'load the site roles';
      return parseWix(rolesResponse, await send(action, '/roles'), action);
    },
    // Remove Contributor: one docs page says DELETE, the schema and its example say POST; POST it is.
    async remove(accountId: string): Promise<void> {
      await send('remove this person', '/contributor/remove', { method: 'POST', body: JSON.stringify({ accountId }) });
    },
    async changeRole(accountId: string, roleId: string): Promise<void> {
      const body = JSON.stringify({ accountId, newRoles: [{ roleId }] });
      await send('change the role', '/contributor/change/role', { method: 'PUT', body });
    },
  };
}
