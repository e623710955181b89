import type { BackendApi } from './backend-api';

/** The backend's web methods by name: the local host answers these, and the page's HTTP client calls them. */
export const BACKEND_METHODS = [
  'apiKeyStatus', 'connectApiKey', 'disconnectApiKey', 'sendInvites', 'resendInvite', 'revokeInvite', 'rolesCatalogue',
  'endDuePasses', 'whoAmI', 'openingRecords', 'extendPass', 'revokePass', 'myPasses', 'appendLog', 'verifyLog',
  'submitAccessRequest', 'approveAccessRequest', 'declineAccessRequest', 'provisionAccessRequest', 'requestInviteSent', 'myAccessRequests', 'setRequestPolicy', 'withdrawAccessRequest',
] as const satisfies readonly (keyof BackendApi)[];

// Every method of BackendApi is listed (a missing one fails the type check here).
type Missing = Exclude<keyof BackendApi, (typeof BACKEND_METHODS)[number]>;
export const everyMethodListed: Missing extends never ? true : never = true;
