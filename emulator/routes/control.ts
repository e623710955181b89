import { Hono } from 'hono';
import { z } from 'zod';
import { SEED_NAMES, type SeedName } from '../seeds.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

const resetRequest = z.object({ seed: z.enum(SEED_NAMES as [SeedName, ...SeedName[]]).default('demo') });
const clockRequest = z.union([
  z.object({ advanceDays: z.number().finite() }),
  z.object({ set: z.iso.datetime({ offset: true }) }),
]);
const acceptRequest = z.object({ email: z.email().optional() }).default({});
const faultsRequest = z.object({
  rules: z.array(
    z.object({
      method: z.string().optional(),
      path: z.string().min(1),
      status: z.number().int().min(0).max(599).optional(),
      delayMs: z.number().int().min(0).max(60_000).optional(),
      times: z.number().int().min(1).optional(),
    }),
  ),
});

/** The emulator's own powers (`/_emulator/...`): never called by the app's code. */
export function controlRoutes(store: EmulatorStore) {
  const app = new Hono();

  app.get('/state', (c) => {
    store.expireInvites();
    const { roles, contributors, invites, collections, tasks } = store.state;
    return c.json({ now: store.nowIso(), contributors, invites, roles, collections, tasks });
  });

  app.post('/reset', async (c) => {
    const { seed } = await parseBody(c, resetRequest);
    store.reset(seed);
    return c.json({ seed, now: store.nowIso() });
  });

  app.get('/clock', (c) => c.json({ now: store.nowIso() }));

  app.post('/clock', async (c) => {
    const body = await parseBody(c, clockRequest);
    if ('advanceDays' in body) store.advanceDays(body.advanceDays);
    else store.setClock(new Date(body.set));
    return c.json({ now: store.nowIso() });
  });

  app.post('/invites/:id/accept', async (c) => {
    const { email } = await parseBody(c, acceptRequest);
    store.expireInvites();
    const invite = store.state.invites.find((i) => i.id === c.req.param('id'));
    if (!invite) throw notFound(`Invite ${c.req.param('id')}`);
    if (invite.status !== 'Pending') throw new WixHttpError(400, 'FAILED_PRECONDITION', `The invite is ${invite.status} and cannot be accepted.`);
    const accountId = store.newId('acc');
    const acceptedAs = email ?? invite.email;
    invite.status = 'Used';
    invite.acceptedByAccountId = accountId;
    const name = acceptedAs.split('@')[0] ?? acceptedAs;
    store.state.contributors.push({
      accountId, fullName: name, email: acceptedAs, policyIds: invite.policyIds, joinedAt: store.nowIso(), invitedEmail: invite.email,
    });
    store.save();
    return c.json({ invite, accountId });
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
