import { Hono, type Context } from 'hono';
import { changeRoleRequest, contributorsQueryRequest, removeContributorRequest } from '../../src/wix/wire-requests.js';
import { mayManage, requireKey, requireManager, type Caller, type IdentityEnv } from '../identity.js';
import type { EmulatedContributor } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/**
 * `callerCapabilities`, by the reading in force: Wix documents that it depends on who asks but not its
 * values, so it is absent (`none`), opaque strings (`opaque`), or the emulator's old invention (`emulator`).
 */
function capabilities(store: EmulatorStore, person: EmulatedContributor, caller: Caller): { callerCapabilities?: string[] } {
  const reading = store.state.readings.callerCapabilities;
  if (reading === 'none') return {};
  if (reading === 'opaque') return { callerCapabilities: ['CAPABILITY_7', 'CAPABILITY_12'] };
  return { callerCapabilities: person.accountId === store.state.ownerAccountId || !mayManage(caller) ? [] : ['CHANGE_ROLE', 'REMOVE'] };
}

/** A contributor as Query Contributors answers: `id` is the user id, `metaData.id` the account id. */
export function toWire(store: EmulatorStore, person: EmulatedContributor, caller: Caller) {
  return {
    id: store.wireUserId(person),
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
    ...capabilities(store, person, caller),
  };
}

/** Site contributors and roles (`/roles-management/...`). */
export function contributorRoutes(store: EmulatorStore) {
  const app = new Hono<IdentityEnv>();

  const answer = (caller: Caller, policyIds: string[] | undefined) => {
    const { contributors, ownerAccountId, readings } = store.state;
    // The docs leave open whether someone who is not the owner or a co-owner may list the site's people.
    if (readings.nonManagerContributors === 'refused' && !mayManage(caller)) {
      throw new WixHttpError(403, 'PERMISSION_DENIED', 'You do not have permission to view the site contributors.');
    }
    // "A contributor is a Wix user with access to a site owned by a separate Wix account": the owner may not be listed.
    const listed = readings.ownerListed ? contributors : contributors.filter((p) => p.accountId !== ownerAccountId);
    const matching = policyIds?.length ? listed.filter((p) => p.policyIds.some((id) => policyIds.includes(id))) : listed;
    return { contributors: matching.map((p) => toWire(store, p, caller)) };
  };

  app.get('/v2/contributors/query', (c) => c.json(answer(c.get('caller'), c.req.queries('filter.policyIds'))));
  app.post('/v2/contributors/query', async (c) => {
    const body = await parseBody(c, contributorsQueryRequest);
    return c.json(answer(c.get('caller'), body.query?.filter?.policyIds ?? body.filter?.policyIds));
  });

  const findPerson = (accountId: string) => {
    const person = store.state.contributors.find((p) => p.accountId === accountId);
    if (!person) throw notFound(`Contributor ${accountId}`);
    if (accountId === store.state.ownerAccountId) {
      throw new WixHttpError(
        400,
        'FAILED_PRECONDITION',
        "The site owner's access cannot be removed or changed. Transfer site ownership first.",
      );
    }
    return person;
  };

  // One docs page says DELETE, the schema and example POST: the emulator answers only the method of the reading in force.
  const remove = async (c: Context<IdentityEnv>) => {
    if (c.req.method !== store.state.readings.removeMethod) {
      throw new WixHttpError(404, 'NOT_FOUND', `No Wix API at ${c.req.method} ${c.req.path}.`);
    }
    requireManager(c, 'remove people from the site');
    const fromQuery = c.req.query('accountId');
    const { accountId } = fromQuery ? { accountId: fromQuery } : await parseBody(c, removeContributorRequest);
    const person = findPerson(accountId);
    store.state.contributors = store.state.contributors.filter((p) => p !== person);
    store.save();
    return c.json({});
  };
  app.post('/contributor/remove', remove);
  app.delete('/contributor/remove', remove);

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

  // Get Roles Info needs an account-level API key (scope SCOPE.ACCOUNT.BASIC_TEAM_MEMBER) and, being an
  // account call ("in the requesting account"), the `wix-account-id` header under the strict reading.
  app.get('/roles', (c) => {
    requireKey(c);
    if (store.state.readings.rolesInfo === 'account' && c.req.header('wix-account-id') !== store.state.ownerAccountId) {
      throw new WixHttpError(
        403,
        'PERMISSION_DENIED',
        'Get Roles Info is an account-level API: call it with the wix-account-id header of the account that owns the key.',
      );
    }
    return c.json({ roles: store.state.roles.map(({ id, title, description }) => ({ id, title, description })) });
  });

  return app;
}
