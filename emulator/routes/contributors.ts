import { Hono, type Context } from 'hono';
import { changeRoleRequest, contributorsQueryRequest, removeContributorRequest } from '../../src/wix/wire-requests.js';
import { mayManage, requireKey, requireManager, type Caller, type IdentityEnv } from '../identity.js';
import type { EmulatedContributor } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/**
 * What the caller may do to this contributor. Wix documents `callerCapabilities` as depending on who asks;
 * the value names here are the emulator's (the docs reachable here do not list them).
 */
const capabilities = (person: EmulatedContributor, ownerId: string, caller: Caller) =>
  person.accountId === ownerId || !mayManage(caller) ? [] : ['CHANGE_ROLE', 'REMOVE'];

export function toWire(person: EmulatedContributor, ownerId: string, caller: Caller) {
  return {
    id: person.accountId,
    metaData: {
      id: person.accountId,
      fullName: person.fullName,
      email: person.email,
      imageUrl: person.imageUrl ?? '',
      assignments: person.policyIds.map((policyId) => ({ assignmentId: `${person.accountId}:${policyId}`, policy: { id: policyId } })),
    },
    isTeam: false,
    isClient: false,
    joinedAt: person.joinedAt,
    invitedEmail: person.invitedEmail ?? '',
    callerCapabilities: capabilities(person, ownerId, caller),
  };
}

/** Site contributors and roles (`/roles-management/...`). */
export function contributorRoutes(store: EmulatorStore) {
  const app = new Hono<IdentityEnv>();

  const answer = (caller: Caller, policyIds: string[] | undefined) => {
    const { contributors, ownerAccountId } = store.state;
    const matching = policyIds?.length ? contributors.filter((p) => p.policyIds.some((id) => policyIds.includes(id))) : contributors;
    return { contributors: matching.map((p) => toWire(p, ownerAccountId, caller)) };
  };

  // Any current contributor (checked by the identity middleware), the app and a key may list.
  app.get('/v2/contributors/query', (c) => c.json(answer(c.get('caller'), c.req.queries('filter.policyIds'))));
  app.post('/v2/contributors/query', async (c) => {
    const body = await parseBody(c, contributorsQueryRequest);
    return c.json(answer(c.get('caller'), body.query?.filter?.policyIds ?? body.filter?.policyIds));
  });

  const findPerson = (accountId: string) => {
    const person = store.state.contributors.find((p) => p.accountId === accountId);
    if (!person) throw notFound(`Contributor ${accountId}`);
    if (accountId === store.state.ownerAccountId) {
      throw new WixHttpError(400, 'FAILED_PRECONDITION', "The site owner's access cannot be removed or changed. Transfer site ownership first.");
    }
    return person;
  };

  // One docs page says DELETE, the schema says POST: the emulator accepts only POST (DELETE is a 404).
  app.post('/contributor/remove', async (c: Context<IdentityEnv>) => {
    requireManager(c, 'remove people from the site');
    const { accountId } = await parseBody(c, removeContributorRequest);
    const person = findPerson(accountId);
    store.state.contributors = store.state.contributors.filter((p) => p !== person);
    store.save();
    return c.json({});
  });

  app.put('/contributor/change/role', async (c) => {
    requireManager(c, "change people's roles");
    const { accountId, newRoles } = await parseBody(c, changeRoleRequest);
    const person = findPerson(accountId);
    for (const { roleId } of newRoles) {
      const role = store.state.roles.find((r) => r.id === roleId);
      if (!role) throw new WixHttpError(400, 'INVALID_ARGUMENT', `Role ${roleId} does not exist.`);
      if (role.isOwner) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'The Owner role can only be given by transferring the site.');
    }
    person.policyIds = newRoles.map((r) => r.roleId);
    store.save();
    return c.json({ newAssignedRoles: newRoles });
  });

  // Get Roles Info needs an account-level API key (scope SCOPE.ACCOUNT.BASIC_TEAM_MEMBER).
  app.get('/roles', (c) => {
    requireKey(c);
    return c.json({ roles: store.state.roles.map(({ id, title, description }) => ({ id, title, description })) });
  });

  return app;
}
