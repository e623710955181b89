import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { faultsAndRecording } from './faults.js';
import { identify, type IdentityEnv } from './identity.js';
import { contributorRoutes } from './routes/contributors.js';
import { controlRoutes } from './routes/control.js';
import { dataRoutes } from './routes/data.js';
import { inviteRoutes } from './routes/invites.js';
import { oauthRoutes } from './routes/oauth.js';
import { secretRoutes } from './routes/secrets.js';
import { taskRoutes } from './routes/tasks.js';
import type { EmulatorStore } from './store.js';
import { wixErrorBody, WixHttpError } from './wix-error.js';

/** Where `@wix/secrets` sends its calls on www.wixapis.com. */
const SECRETS_PATH = '/_api/cloud-secrets-vault-server/api/v1/secrets';

/** Request bodies over this size are refused before they are read (Wix items are at most 500 KB each). */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * The emulator's HTTP app: Wix's REST paths plus the `/_emulator` control API. Browsers may call it only from
 * the local dashboard's origin (`browserOrigins`, filled by local mode): every other page open in the same
 * browser cannot read the owner's page token from `/_emulator/session` or call Wix as them.
 */
export function createEmulatorApp(store: EmulatorStore, browserOrigins: ReadonlySet<string> = new Set()) {
  const app = new Hono();
  app.use('*', cors({ origin: (origin) => (browserOrigins.has(origin) ? origin : null), exposeHeaders: ['X-Wix-Request-Id'] }));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Wix-Request-Id', store.newId('req'));
  });
  const tooLarge = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json(wixErrorBody('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB.`), 413),
  });

  app.use('/_emulator/*', tooLarge);
  app.route('/_emulator', controlRoutes(store));

  const wix = new Hono<IdentityEnv>();
  wix.use('*', faultsAndRecording(store));
  wix.use('*', tooLarge);
  wix.route('/oauth2', oauthRoutes(store));
  // Every other Wix API answers by who calls (Authorization: page token, app token or API key).
  for (const prefix of ['/roles-management/*', '/invites/*', '/wix-data/*', '/crm/*', `${SECRETS_PATH}/*`])
    wix.use(prefix, identify(store));
  wix.route('/roles-management', contributorRoutes(store));
  wix.route('/invites/site-invite', inviteRoutes(store));
  wix.route('/wix-data/v2', dataRoutes(store));
  wix.route('/crm/tasks/v2/tasks', taskRoutes(store));
  wix.route(SECRETS_PATH, secretRoutes(store));
  app.route('/', wix);

  app.notFound((c) => c.json(wixErrorBody('NOT_FOUND', `No Wix API at ${c.req.method} ${c.req.path}.`), 404));
  app.onError((error, c) => {
    if (error instanceof WixHttpError) return c.json(wixErrorBody(error.code, error.message), error.status);
    return c.json(wixErrorBody('INTERNAL', error.message), 500);
  });
  return app;
}
