import { createClient, type AuthenticationStrategy } from '@wix/sdk';
import * as siteInvite from '@wix/identity_site-invite';
import { items } from '@wix/data';
import { tasks } from '@wix/crm';

/** The Wix API modules the app uses; every call goes through the real SDK code. */
export const wixModules = { siteInvite, items, tasks };

type ClientConfig = Omit<Parameters<typeof createClient>[0], 'modules'>;

export function createWixClient(config: ClientConfig) {
  return createClient({ ...config, modules: wixModules });
}

export type WixClient = ReturnType<typeof createWixClient>;

const WIX_API_ORIGIN = 'https://www.wixapis.com/';

/** A fetch that sends `https://www.wixapis.com/...` to the local Wix emulator instead. */
export function emulatorFetch(emulatorUrl: string, baseFetch: typeof fetch = fetch): typeof fetch {
  const base = emulatorUrl.endsWith('/') ? emulatorUrl : `${emulatorUrl}/`;
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return baseFetch(url.startsWith(WIX_API_ORIGIN) ? base + url.slice(WIX_API_ORIGIN.length) : url, init);
  };
}

/** Auth that sends one fixed token, as Wix's dashboard and backend do for their own identity. */
export function tokenAuth(token: string): AuthenticationStrategy {
  return { getAuthHeaders: async () => ({ headers: { Authorization: token } }) };
}

/**
 * A client whose requests go to the local Wix emulator instead of www.wixapis.com, with the given
 * identity (a page user's token, the app's token, or an account API key). Local mode and tests use
 * it, so they drive the same SDK modules production does, and Wix's rules for that identity apply.
 */
export function createEmulatorClient(emulatorUrl: string, auth: AuthenticationStrategy, baseFetch: typeof fetch = fetch): WixClient {
  return createWixClient({ auth, fetch: emulatorFetch(emulatorUrl, baseFetch) });
}
