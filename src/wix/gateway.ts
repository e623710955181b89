import type { WixClient } from './client';
import { contributorsApi } from './contributors';
import { invitesApi } from './invites';
import { recordsApi } from './records';
import { remindersApi } from './reminders';

/** Everything the app does with Wix, in one object the features receive through context. */
export function createGateway(client: WixClient) {
  return {
    contributors: contributorsApi(client),
    invites: invitesApi(client),
    records: recordsApi(client),
    reminders: remindersApi(client),
  };
}

export type Gateway = ReturnType<typeof createGateway>;
