import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { IdentityEnv } from '../identity.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/** Wix Secrets Manager's limits: name 1–40 of letters, digits, `-` and `_` (not starting "wix"), value 1–3,500, description ≤ 200. */
export const MAX_SECRET_VALUE = 3500;
const secretName = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/)
  .refine((name) => !/^wix/i.test(name), 'A secret name cannot start with "wix".');
const createRequest = z.object({
  secret: z.object({ name: secretName, value: z.string().min(1).max(MAX_SECRET_VALUE), description: z.string().max(200).optional() }),
});
const updateRequest = z.object({
  secret: z.object({
    name: secretName.optional(),
    value: z.string().min(1).max(MAX_SECRET_VALUE).optional(),
    description: z.string().max(200).optional(),
  }),
});

/**
 * Wix Secrets Manager (`@wix/secrets`). Who may use it is Wix's rule: the app's backend, and the site's
 * Co-Owners and Website Managers ("only collaborators with the Admin (Co-Owner) or Website Manager role"),
 * the owner too. An account API key is not a site identity here. Creating and changing secrets needs the
 * site's Members Area; reading does not.
 */
export function secretRoutes(store: EmulatorStore) {
  const app = new Hono<IdentityEnv>();
  const allow = (c: Context<IdentityEnv>, change: boolean) => {
    const caller = c.get('caller');
    if (caller.kind === 'key' || (caller.kind === 'user' && !caller.readsSecrets)) {
      throw new WixHttpError(403, 'PERMISSION_DENIED', 'Only the site owner, Co-Owners and Website Managers can use the Secrets Manager.');
    }
    if (change && !store.state.readings.membersArea) {
      throw new WixHttpError(428, 'FAILED_PRECONDITION', 'Secrets Manager needs the Members Area on the site to create or change secrets.');
    }
  };
  const info = ({ id, name, description }: { id: string; name: string; description: string }) => ({ id, name, description });
  const find = (id: string) => {
    const secret = store.state.secrets.find((s) => s.id === id);
    if (!secret) throw notFound(`Secret ${id}`);
    return secret;
  };

  app.get('/', (c) => {
    allow(c, false);
    return c.json({ secrets: store.state.secrets.map(info) });
  });
  app.get('/name/:name', (c) => {
    allow(c, false);
    const secret = store.state.secrets.find((s) => s.name === c.req.param('name'));
    if (!secret) throw notFound(`Secret ${c.req.param('name')}`);
    return c.json({ value: secret.value });
  });
  app.post('/', async (c) => {
    allow(c, true);
    const { secret } = await parseBody(c, createRequest);
    if (store.state.secrets.some((s) => s.name === secret.name))
      throw new WixHttpError(409, 'ALREADY_EXISTS', `A secret named ${secret.name} already exists.`);
    const id = store.guid();
    store.state.secrets.push({ id, name: secret.name, value: secret.value, description: secret.description ?? '' });
    store.save();
    return c.json({ id });
  });
  app.patch('/:id', async (c) => {
    allow(c, true);
    const { secret: changes } = await parseBody(c, updateRequest);
    Object.assign(find(c.req.param('id')), Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    store.save();
    return c.json({});
  });
  app.delete('/:id', (c) => {
    allow(c, true);
    const secret = find(c.req.param('id'));
    store.state.secrets = store.state.secrets.filter((s) => s !== secret);
    store.save();
    return c.json({});
  });
  return app;
}
