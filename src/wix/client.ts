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

/**
 * A client whose requests go to the local Wix emulator instead of www.wixapis.com.
 * Local mode and tests use it, so they drive the same SDK modules production does.
 */
export function createEmulatorClient(emulatorUrl: string, baseFetch: typeof fetch = fetch): WixClient {
  const base = emulatorUrl.endsWith('/') ? emulatorUrl : `${emulatorUrl}/`;
  const emulatorFetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return baseFetch(url.startsWith(WIX_API_ORIGIN) ? base + url.slice(WIX_API_ORIGIN.length) : url, init);
  };
  const auth: AuthenticationStrategy = { getAuthHeaders: async () => ({ headers: { Authorization: 'local-emulator' } }) };
  return createWixClient({ auth, fetch: emulatorFetch });
}
