import { withTasksLater, type AnyClient } from './client';
import { contributorsApi } from './contributors';
import { keyInvitesApi, type KeyServices } from './key-services';
import { logServiceApi } from './log-service';
import { recordsApi } from './records';
import type { remindersApi } from './reminders';

/**
 * Everything the app does with Wix, in one object the features receive through context. Contributors,
 * records and reminders go from the page (the signed-in user + the app's permissions); invites and the
 * roles catalogue need an account API key, so they go through the app's backend (`key`).
 */
export function createGateway(client: AnyClient, key: KeyServices) {
  const { roles, ...invites } = keyInvitesApi(key);
  return {
    contributors: { ...contributorsApi(client), roles },
    invites,
    records: recordsApi(client),
    /** The access log's writes and check go through the backend, which chains every entry. */
    log: logServiceApi(key),
    // The page loads CRM tasks (and this API's code) the first time a reminder is used; the backend's client has them.
    reminders: withTasksLater<ReturnType<typeof remindersApi>>(client, async (tasks) => (await import('./reminders')).remindersApi(tasks)),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
