import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { SiteState } from './model.js';
import type { EmulatorStore } from './store.js';
import { WixHttpError } from './wix-error.js';

/**
 * Who calls a Wix API, read from the `Authorization` header (the raw token, no "Bearer"):
 * - `user`: a dashboard page, i.e. the signed-in Wix user together with the app (`wixpage.<accountId>.<sig>`);
 * - `app`: the app's backend, elevated (`wixapp.<sig>`);
 * - `key`: an account-level API key the owner created in Wix's API Keys Manager (`IST.<32 hex>`).
 */
export type Caller =
  { kind: 'user'; accountId: string; isOwner: boolean; isAdmin: boolean; readsSecrets: boolean } | { kind: 'app' } | { kind: 'key' };

export interface IdentityEnv {
  Variables: { caller: Caller };
}

const PAGE_PREFIX = 'wixpage.';
const APP_PREFIX = 'wixapp.';
const KEY_PATTERN = /^IST\.[0-9a-f]{32}$/;

export const KEY_ONLY_MESSAGE =
  'This API requires an account level API key and cannot be authenticated with the standard authorization header.';
export const NO_LONGER_CONTRIBUTOR = 'This account no longer has access to the site.';

const sign = (secret: string, subject: string) => createHmac('sha256', secret).update(subject).digest('base64url');

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const pageToken = (secret: string, accountId: string) => `${PAGE_PREFIX}${accountId}.${sign(secret, `page:${accountId}`)}`;
export const appToken = (secret: string) => `${APP_PREFIX}${sign(secret, 'app')}`;
export const newApiKey = () => `IST.${randomBytes(16).toString('hex')}`;

/** A token as Wix reads it: whose it is, or null when it is not one this site issued. */
export type TokenSubject = { kind: 'user'; accountId: string } | { kind: 'app' } | { kind: 'key' };

export function readToken(state: SiteState, token: string | undefined): TokenSubject | null {
  if (!token) return null;
  if (token.startsWith(PAGE_PREFIX)) {
    const rest = token.slice(PAGE_PREFIX.length);
    const dot = rest.lastIndexOf('.');
    if (dot <= 0) return null;
    const accountId = rest.slice(0, dot);
    return sameSignature(rest.slice(dot + 1), sign(state.secret, `page:${accountId}`)) ? { kind: 'user', accountId } : null;
  }
  if (token.startsWith(APP_PREFIX))
    return sameSignature(token.slice(APP_PREFIX.length), sign(state.secret, 'app')) ? { kind: 'app' } : null;
  if (KEY_PATTERN.test(token) && state.apiKeys.includes(token)) return { kind: 'key' };
  return null;
}

const hasRole = (state: SiteState, policyIds: string[], is: (role: SiteState['roles'][number]) => boolean | undefined) =>
  policyIds.some((id) => state.roles.some((role) => role.id === id && is(role)));

/** Resolves the caller of a Wix API and refuses what Wix refuses before any route runs. */
export function identify(store: EmulatorStore): MiddlewareHandler<IdentityEnv> {
  return async (c, next) => {
    const { state } = store;
    const subject = readToken(state, c.req.header('Authorization')?.trim());
    if (!subject)
      throw new WixHttpError(401, 'UNAUTHENTICATED', 'The request is not authenticated: missing or invalid authorization token.');
    if (subject.kind === 'key') {
      const siteId = c.req.header('wix-site-id');
      if (!siteId) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'An API key call to a site API needs the wix-site-id header.');
      if (siteId !== state.siteId) throw new WixHttpError(403, 'PERMISSION_DENIED', `The API key has no access to site ${siteId}.`);
      c.set('caller', { kind: 'key' });
    } else if (subject.kind === 'user') {
      const person = state.contributors.find((p) => p.accountId === subject.accountId);
      if (!person) throw new WixHttpError(403, 'PERMISSION_DENIED', NO_LONGER_CONTRIBUTOR);
      const isOwner = person.accountId === state.ownerAccountId;
      c.set('caller', {
        kind: 'user',
        accountId: person.accountId,
        isOwner,
        isAdmin: isOwner || hasRole(state, person.policyIds, (r) => r.isAdmin || r.isOwner),
        readsSecrets: isOwner || hasRole(state, person.policyIds, (r) => r.readsSecrets),
      });
    } else {
      c.set('caller', { kind: 'app' });
    }
    await next();
  };
}

/** Owner or Admin (Co-Owner) when a page user calls; the app and a key always. */
export const mayManage = (caller: Caller) => caller.kind !== 'user' || caller.isOwner || caller.isAdmin;

export function requireManager(c: Context<IdentityEnv>, action: string): void {
  if (!mayManage(c.get('caller'))) {
    throw new WixHttpError(403, 'PERMISSION_DENIED', `Only the site owner or an Admin (Co-Owner) can ${action}.`);
  }
}

/** Site invites and Get Roles Info: an account-level API key only. */
export function requireKey(c: Context<IdentityEnv>): void {
  if (c.get('caller').kind !== 'key') throw new WixHttpError(403, 'PERMISSION_DENIED', KEY_ONLY_MESSAGE);
}
