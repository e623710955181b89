import { z } from '../access/zod';
import type { Contributor } from '../access/people';
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

/** Sends one request to Wix's roles-management REST API and reads the answer (`action` names it in errors). */
export function rolesManagement(client: AnyClient) {
  return async (action: string, path: string, init?: RequestInit): Promise<unknown> => {
    const headers = { 'Content-Type': 'application/json', ...init?.headers };
    const response = await callWix(action, () => client.fetchWithAuth(`${API}${path}`, { ...init, headers }));
    return readFetchResponse(response, action);
  };
}

/** Site contributors: REST through the SDK client's authenticated fetch (no npm module exists). The roles catalogue is `roles-info.ts`. */
export function contributorsApi(client: AnyClient) {
  const send = rolesManagement(client);

  return {
    async query(): Promise<Contributor[]> {
      const action = 'load the people with access';
      return parseWix(contributorsResponse, await send(action, '/v2/contributors/query'), action);
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
