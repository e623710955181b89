import { withTasksLater, type AnyClient } from './client';
import { contributorsApi } from './contributors';
import type { keyInvitesApi } from './key-invites';
import { rolesThroughKey, type KeyServices } from './key-services';
import { lazyApi, once } from './lazy-api';
import type { logServiceApi } from './log-service';
import type { recordsApi } from './records';
import type { remindersApi } from './reminders';

/**
 * Everything the app does with Wix, in one object the features receive through context. Contributors,
 * records and reminders go from the page (the signed-in user + the app's permissions); invites and the
 * roles catalogue need an account API key, so they go through the app's backend (`key`).
 */
export function createGateway(client: AnyClient, key: KeyServices) {
  return {
    contributors: { ...contributorsApi(client), roles: () => rolesThroughKey(key) },
    // Invites (sent through the backend's key) load their code with the first one.
    invites: lazyApi<ReturnType<typeof keyInvitesApi>>(once(async () => (await import('./key-invites')).keyInvitesApi(key))),
    // The page opens with the records the backend read (`openingRecords`): the code that reads and writes
    // records itself, and the log's, loads with their first use, outside the page's first chunk.
    records: lazyApi<ReturnType<typeof recordsApi>>(once(async () => (await import('./records')).recordsApi(client))),
    /** The access log's writes and check go through the backend, which chains every entry. */
    log: lazyApi<ReturnType<typeof logServiceApi>>(once(async () => (await import('./log-service')).logServiceApi(key))),
    // The page loads CRM tasks (and this API's code) the first time a reminder is used; the backend's client has them.
    reminders: withTasksLater<ReturnType<typeof remindersApi>>(client, async (tasks) => (await import('./reminders')).remindersApi(tasks)),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
