import { Hono } from 'hono';
import wixConfig from '../../wix.config.json';
import { readToken } from '../identity.js';
import type { EmulatorStore } from '../store.js';

/**
 * Wix's Token Info (`POST /oauth2/token-info` `{token}`): whose token it is, in the shape `auth.getTokenInfo()`
 * from `@wix/essentials` returns (`{active, subjectType, subjectId, exp, iat, clientId?, siteId, instanceId?}`).
 * For an app token the subject is the app (its id from wix.config.json). A token that is not active answers `{active: false}`,
 * as an OAuth introspection does; so does an API key (it is not an access token).
 */
export function oauthRoutes(store: EmulatorStore) {
  const app = new Hono();
  app.post('/token-info', async (c) => {
    const body: unknown = await c.req.json().catch(() => null);
    const token = body && typeof body === 'object' && 'token' in body && typeof body.token === 'string' ? body.token : undefined;
    const { state } = store;
    const subject = readToken(state, token);
    const iat = Math.floor(store.now().getTime() / 1000);
    const base = { siteId: state.siteId, instanceId: state.instanceId, clientId: wixConfig.appId, iat, exp: iat + 4 * 60 * 60 };
    // Wix's REST example writes `active` as the string "true"; the SDK types it as a boolean.
    const active = state.readings.tokenActive === 'string' ? 'true' : true;
    const person = subject?.kind === 'user' ? state.contributors.find((p) => p.accountId === subject.accountId) : undefined;
    // A dashboard user's subject is their Wix user id (not the account id).
    if (person) return c.json({ active, subjectType: 'USER', subjectId: store.wireUserId(person), ...base });
    if (subject?.kind === 'app') return c.json({ active, subjectType: 'APP', subjectId: wixConfig.appId, ...base });
    return c.json({ active: false });
  });
  return app;
}
