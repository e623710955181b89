import { Hono } from 'hono';
import { deliverOverdueTasks } from '../events.js';
import { DAY_MS } from '../model.js';
import { z } from 'zod';
import { checkRoles, inviteProblem, newInvite, resendInvite, revokeInvite } from '../invite-rules.js';
import { readingsRequest, resolveReadings } from '../readings.js';
import { SEED_NAMES, type SeedName } from '../seeds.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/** The clock moves at most a hundred years at a time and stays within years 1970–9999, so dates stay printable. */
const MAX_ADVANCE_DAYS = 36_500;
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const resetRequest = z.object({ seed: z.enum(SEED_NAMES as [SeedName, ...SeedName[]]).default('demo'), wix: readingsRequest.optional() });
const clockRequest = z.union([
  z.object({ advanceDays: z.number().min(-MAX_ADVANCE_DAYS).max(MAX_ADVANCE_DAYS) }),
  z.object({ set: z.iso.datetime({ offset: true }) }),
]);
const sessionRequest = z.object({ accountId: z.string().min(1) });
const ownerInviteRequest = z.object({ email: z.string(), role: z.string().min(1) });
const acceptRequest = z.object({ email: z.email().optional() }).default({});
const faultsRequest = z.object({
  rules: z.array(
    z.object({
      method: z.string().optional(),
      path: z.string().min(1),
      status: z.number().int().min(0).max(599).optional(),
      delayMs: z.number().int().min(0).max(60_000).optional(),
      times: z.number().int().min(1).optional(),
      lose: z.boolean().optional(),
      nth: z.number().int().min(1).optional(),
    }),
  ),
});

/** The emulator's own powers (`/_emulator/...`): never called by the app's code. */
export function controlRoutes(store: EmulatorStore) {
  const app = new Hono();

  app.get('/state', (c) => {
    store.expireInvites();
    const { siteId, roles, contributors, invites, collections, tasks, readings, secrets } = store.state;
    // Items as Wix holds them now (what a lagging read would still see is the emulator's own bookkeeping).
    const current = Object.fromEntries(
      Object.entries(collections).map(([id, items]) => [id, items.map(({ stale: _stale, ...item }) => item)]),
    );
    return c.json({
      now: store.nowIso(),
      siteId,
      readings,
      contributors,
      invites,
      roles,
      collections: current,
      tasks,
      secrets: secrets.map(({ name }) => ({ name })),
    });
  });

  app.post('/reset', async (c) => {
    const { seed, wix } = await parseBody(c, resetRequest);
    store.reset(seed, wix ? resolveReadings(wix) : undefined);
    return c.json({ seed, now: store.nowIso(), readings: store.state.readings });
  });

  app.get('/events', (c) => c.json(store.events.delivered));

  app.get('/clock', (c) => c.json({ now: store.nowIso() }));

  app.post('/clock', async (c) => {
    const body = await parseBody(c, clockRequest);
    const target = 'advanceDays' in body ? store.now().getTime() + body.advanceDays * DAY_MS : Date.parse(body.set);
    if (!(target >= EARLIEST && target <= LATEST))
      throw new WixHttpError(400, 'INVALID_ARGUMENT', 'The clock must stay within the years 1970–9999.');
    store.setClock(new Date(target));
    await deliverOverdueTasks(store);
    return c.json({ now: store.nowIso() });
  });

  app.post('/invites/:id/accept', async (c) => {
    const { email } = await parseBody(c, acceptRequest);
    store.expireInvites();
    const invite = store.state.invites.find((i) => i.id === c.req.param('id'));
    if (!invite) throw notFound(`Invite ${c.req.param('id')}`);
    if (invite.status !== 'Pending')
      throw new WixHttpError(400, 'FAILED_PRECONDITION', `The invite is ${invite.status} and cannot be accepted.`);
    const accountId = store.guid();
    const acceptedAs = email ?? invite.email;
    invite.status = 'Used';
    invite.acceptedByAccountId = accountId;
    const name = acceptedAs.split('@')[0] ?? acceptedAs;
    const person = {
      accountId,
      userId: store.guid(),
      fullName: name,
      email: acceptedAs,
      policyIds: invite.policyIds,
      joinedAt: store.nowIso(),
      invitedEmail: invite.email,
    };
    store.state.contributors.push(person);
    store.save();
    return c.json({ invite, accountId });
  });

  // The owner acting in Wix's Roles & Permissions (not the app): send, resend and revoke invites.
  app.post('/invites', async (c) => {
    const { email, role: roleText } = await parseBody(c, ownerInviteRequest);
    const wanted = roleText.trim().toLowerCase();
    const role = store.state.roles.find((r) => r.id === roleText || r.title.toLowerCase() === wanted);
    if (!role) throw new WixHttpError(400, 'INVALID_ARGUMENT', `There is no role ${roleText} on this site.`);
    checkRoles(store, [role.id]);
    store.expireInvites();
    const problem = inviteProblem(store, email);
    if (problem) throw new WixHttpError(400, 'INVALID_ARGUMENT', problem);
    const invite = newInvite(store, email, [role.id]);
    store.state.invites.push(invite);
    store.save();
    return c.json({ invite });
  });
  app.post('/invites/:id/resend', (c) => c.json({ invite: resendInvite(store, c.req.param('id')) }));
  app.post('/invites/:id/revoke', (c) => {
    revokeInvite(store, c.req.param('id'));
    return c.json({ invite: store.state.invites.find((i) => i.id === c.req.param('id')) });
  });

  // Who is signed in to the local dashboard, and the page token their dashboard page sends.
  const session = (accountId: string) => {
    const person = store.state.contributors.find((p) => p.accountId === accountId);
    return { accountId, fullName: person?.fullName ?? '', email: person?.email ?? '', pageToken: store.pageToken(accountId) };
  };
  app.get('/session', (c) => c.json(session(store.state.sessionAccountId)));
  app.post('/session', async (c) => {
    const { accountId } = await parseBody(c, sessionRequest);
    if (!store.state.contributors.some((p) => p.accountId === accountId)) throw notFound(`Contributor ${accountId}`);
    store.state.sessionAccountId = accountId;
    store.save();
    return c.json(session(accountId));
  });

  // Account-level API keys, as the owner makes them in Wix's API Keys Manager.
  app.post('/api-keys', (c) => c.json({ key: store.createApiKey(), siteId: store.state.siteId }));
  app.delete('/api-keys', (c) => {
    store.deleteApiKeys();
    return c.json({});
  });

  app.post('/faults', async (c) => {
    const { rules } = await parseBody(c, faultsRequest);
    store.faults.push(...rules);
    return c.json({ rules: store.faults });
  });
  app.delete('/faults', (c) => {
    store.faults = [];
    return c.json({ rules: [] });
  });

  app.get('/requests', (c) => c.json(store.requests));

  return app;
}
