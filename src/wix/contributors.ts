import { z } from '../access/zod';
import type { Contributor } from '../access/people';
import type { AnyClient } from './client';
import { callWix, parseWix, readFetchResponse, WixError } from './errors';

/** The HTTP method Wix took a Remove Contributor call with (its docs name both). */
export type RemoveMethod = 'DELETE' | 'POST';

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
      // The REST page names the policy's id `id`, the SDK typings `policyId`: either is read.
      assignments: z.nullish(
        z.array(z.object({ policy: z.nullish(z.object({ id: z.optional(z.string()), policyId: z.optional(z.string()) })) })),
      ),
    }),
  ),
  joinedAt: z.nullish(z.string()),
  invitedEmail: z.nullish(z.string()),
  callerCapabilities: z.nullish(z.array(z.string())),
});

// `id` is documented as the user id and `metaData` as holding the account id; the two may differ.
const toContributor = (c: z.infer<typeof wireContributor>): Contributor => ({
  accountId: c.metaData?.id || c.id,
  userId: c.id,
  name: c.metaData?.fullName?.trim() || c.metaData?.email || 'Unnamed contributor',
  email: c.metaData?.email ?? '',
  roleIds: (c.metaData?.assignments ?? []).flatMap((a) => {
    const id = a.policy?.id ?? a.policy?.policyId;
    return id ? [id] : [];
  }),
  joinedAt: c.joinedAt ? new Date(c.joinedAt) : null,
  invitedEmail: c.invitedEmail || null,
  callerCapabilities: c.callerCapabilities ?? [],
});

const contributorsResponse = z.pipe(
  z.object({ contributors: z.array(wireContributor) }),
  z.transform(({ contributors }) => contributors.map(toContributor)),
);

type Wire = z.infer<typeof wireContributor>;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const nullish = (value: unknown, is: (v: unknown) => boolean) => value === undefined || value === null || is(value);
// An index loop, not `every`: `every` skips the holes of a sparse array, which zod reads as undefined.
const everyOne = (list: unknown[], is: (v: unknown) => boolean) => {
  for (let i = 0; i < list.length; i++) if (!is(list[i])) return false;
  return true;
};
const arrayOf = (is: (v: unknown) => boolean) => (value: unknown) => Array.isArray(value) && everyOne(value, is);
const optionalString = (v: unknown) => v === undefined || isString(v);
const isAssignment = (a: unknown) =>
  isObject(a) && nullish(a.policy, (p) => isObject(p) && optionalString(p.id) && optionalString(p.policyId));
const isMetaData = (m: unknown) =>
  isObject(m) &&
  (m.id === undefined || isString(m.id)) &&
  nullish(m.fullName, isString) &&
  nullish(m.email, isString) &&
  nullish(m.assignments, arrayOf(isAssignment));
const isWire = (c: unknown): c is Wire =>
  isObject(c) &&
  isString(c.id) &&
  nullish(c.metaData, isMetaData) &&
  nullish(c.joinedAt, isString) &&
  nullish(c.invitedEmail, isString) &&
  nullish(c.callerCapabilities, arrayOf(isString));

/**
 * The contributors list checked by hand, for the usual well-formed answer: zod took 9–29 ms for 1,000
 * contributors when the page opened, this 2–9 ms (stress site, 2 Dec). It accepts only what `wireContributor`
 * accepts; anything else (or anything it is unsure of) goes to zod, which then decides and words the
 * error. `test/unit/contributors-parse.test.ts` holds the two to the same answers.
 */
export function readContributors(body: unknown): Contributor[] | null {
  if (!isObject(body) || !arrayOf(isWire)(body.contributors)) return null;
  return (body.contributors as Wire[]).map(toContributor);
}

/** The contributors in a Query Contributors answer; a bad answer is a WixError that says what was wrong. */
export const parseContributors = (body: unknown, action: string): Contributor[] =>
  readContributors(body) ?? parseWix(contributorsResponse, body, action);

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
      return parseContributors(await send(action, '/v2/contributors/query'), action);
    },
    /**
     * Remove Contributor: the reference page's endpoint says DELETE, its schema and example POST. DELETE
     * first; when Wix answers that no such method is served (404/405), POST once. Answers the method Wix took.
     */
    async remove(accountId: string): Promise<RemoveMethod> {
      const action = 'remove this person';
      const body = JSON.stringify({ accountId });
      try {
        await send(action, `/contributor/remove?accountId=${encodeURIComponent(accountId)}`, { method: 'DELETE', body });
        return 'DELETE';
      } catch (error) {
        if (!(error instanceof WixError && (error.status === 404 || error.status === 405))) throw error;
      }
      await send(action, '/contributor/remove', { method: 'POST', body });
      return 'POST';
    },
    async changeRole(accountId: string, roleId: string): Promise<void> {
      const body = JSON.stringify({ accountId, newRoles: [{ roleId }] });
      await send('change the role', '/contributor/change/role', { method: 'PUT', body });
    },
  };
}
