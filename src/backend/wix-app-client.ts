import { tasks } from '@wix/crm';
import { items } from '@wix/data';
import { auth, httpClient } from '@wix/essentials';
import type { WixClient } from '../wix/client';

/** Every function of an SDK module, elevated to the app's identity (`auth.elevate`; backend only). */
function elevated<T extends object>(module: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) out[name] = typeof value === 'function' ? auth.elevate(value) : value;
  return out as T;
}

/**
 * Wix as the app inside Wix's backend: the ambient SDK modules, elevated. It has the parts of a client
 * the gateway uses (`items`, `tasks`, `fetchWithAuth`; site invites go only with the owner's key, `keyClient`); the cast is to that client's type.
 * It can only run inside Wix, so it is not exercised by this repository's tests.
 */
export function wixAppClient(): WixClient {
  const apis = { items: elevated(items), tasks: elevated(tasks), fetchWithAuth: auth.elevate(httpClient.fetchWithAuth) };
  return apis as unknown as WixClient;
}

/** Wix as the caller of a web method (the signed-in user): the ambient SDK modules, not elevated. */
export function wixCallerClient(): WixClient {
  const apis = { items, tasks, fetchWithAuth: httpClient.fetchWithAuth };
  return apis as unknown as WixClient;
}
