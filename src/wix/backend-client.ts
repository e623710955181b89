import { createClient, type AuthenticationStrategy } from '@wix/sdk';
import * as siteInvite from '@wix/identity_site-invite';
import { items } from '@wix/data';
import { tasks } from '@wix/crm';
import { emulatorFetch, type KeyClient } from './client';

/**
 * The backend's Wix API modules: Wix Data, CRM tasks and site invites (sent with the owner's account
 * API key). Only backend code (and tests) import this file, so the page never loads site invites.
 */
export const backendModules = { siteInvite, items, tasks };

type ClientConfig = Omit<Parameters<typeof createClient>[0], 'modules'>;

export function createWixClient(config: ClientConfig): KeyClient {
  return createClient({ ...config, modules: backendModules });
}

/** A backend client (the app's token, a caller's, or an account API key) whose requests go to the local emulator. */
export function createEmulatorBackendClient(emulatorUrl: string, auth: AuthenticationStrategy, baseFetch: typeof fetch = fetch): KeyClient {
  return createWixClient({ auth, fetch: emulatorFetch(emulatorUrl, baseFetch) });
}
