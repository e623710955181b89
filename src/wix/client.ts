import { createClient, type AuthenticationStrategy, type WixClient as SdkClient } from '@wix/sdk';
import type { items } from '@wix/data';
import type { tasks } from '@wix/crm';
import type * as siteInvite from '@wix/identity_site-invite';
import { lazyApi } from './lazy-api';

/**
 * The page's client starts with no API module: people are read over REST (`fetchWithAuth`) and the app's
 * records come with the opening web method; Wix Data's SDK module loads with the page's first records call
 * (`withData`), CRM tasks with the first reminder (`withTasks`); site invites never load in the page (they
 * go through the app's backend with a key).
 */
export const pageModules = {};

/** The page's client: `fetchWithAuth`, and `use` to bind a module loaded later. */
export type PageClient = SdkClient<undefined, AuthenticationStrategy, typeof pageModules>;
/** A client with Wix Data: the backend's, or the page's once it has written. */
export type DataClient = SdkClient<undefined, AuthenticationStrategy, { items: typeof items }>;
/** A client with CRM tasks (reminders). */
export type TasksClient = SdkClient<undefined, AuthenticationStrategy, { tasks: typeof tasks }>;
/** A client with Wix Data and CRM tasks (reminders; the app's backend). */
export type WixClient = SdkClient<undefined, AuthenticationStrategy, { items: typeof items; tasks: typeof tasks }>;
/** A client with site invites too: only with an account API key, only in the backend (`backend-client.ts`). */
export type KeyClient = SdkClient<
  undefined,
  AuthenticationStrategy,
  { items: typeof items; tasks: typeof tasks; siteInvite: typeof siteInvite }
>;

type ClientConfig = Omit<Parameters<typeof createClient>[0], 'modules'>;

/** Any client the gateway takes: the page's (modules load when first needed) or a backend one (all loaded). */
export type AnyClient = PageClient | DataClient | WixClient;

/** The page's client: its modules load when first needed. */
export function createPageClient(config: ClientConfig): PageClient {
  return createClient({ ...config, modules: pageModules });
}

/** The client with Wix Data: a backend client as it is; the page's gets `@wix/data` loaded and bound to it. */
export async function withData(client: AnyClient): Promise<DataClient> {
  if ('items' in client) return client;
  const { items: module } = await import('@wix/data');
  return { ...client, items: client.use(module) };
}

/** The client with CRM tasks: a backend client as it is; the page's gets `@wix/crm` loaded and bound to it once. */
export async function withTasks(client: AnyClient): Promise<TasksClient> {
  if ('tasks' in client) return client;
  const { tasks: module } = await import('@wix/crm');
  return { ...client, tasks: client.use(module) };
}

/** An API built on the client with CRM tasks, whose module is loaded (once) when a method is first called. */
export function withTasksLater<T extends Record<string, (...args: never[]) => Promise<unknown>>>(
  client: AnyClient,
  build: (client: TasksClient) => T | Promise<T>,
): T {
  let api: Promise<T> | undefined;
  return lazyApi(() => (api ??= withTasks(client).then(build)));
}

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
 * The page's client with its requests sent to the local Wix emulator instead of www.wixapis.com, with
 * the given identity (a page user's token). Local mode and tests use it, so they drive the same SDK
 * modules production does, and Wix's rules for that identity apply. The backend's clients beside the
 * emulator are in `backend-client.ts`.
 */
export function createEmulatorClient(emulatorUrl: string, auth: AuthenticationStrategy, baseFetch: typeof fetch = fetch): PageClient {
  return createPageClient({ auth, fetch: emulatorFetch(emulatorUrl, baseFetch) });
}
