import type { BackendApi } from './backend-api';

/** The backend's web methods by name: the local host answers these, and the page's HTTP client calls them. */
export const BACKEND_METHODS = [
  'apiKeyStatus', 'connectApiKey', 'disconnectApiKey', 'sendInvites', 'resendInvite', 'revokeInvite', 'rolesCatalogue',
  'endDuePasses', 'whoAmI', 'openingRecords', 'extendPass', 'revokePass', 'myPasses', 'appendLog', 'verifyLog',
  'submitAccessRequest', 'approveAccessRequest', 'declineAccessRequest', 'provisionAccessRequest', 'requestInviteSent', 'myAccessRequests', 'setRequestPolicy', 'withdrawAccessRequest', 'nameRole',
] as const satisfies readonly (keyof BackendApi)[];

// Every method of BackendApi is listed (a missing one fails the type check here).
type Missing = Exclude<keyof BackendApi, (typeof BACKEND_METHODS)[number]>;
export const everyMethodListed: Missing extends never ? true : never = true;

/**
 * The web methods that take the owner's account API key, and the position of that argument. The owner's
 * page keeps the key (never the site: Wix's Secrets Manager is readable by Co-Owners and Website Managers)
 * and adds it there; the backend uses it for that call only.
 */
export const KEY_ARGUMENT = {
  apiKeyStatus: 0, sendInvites: 3, resendInvite: 1, revokeInvite: 1, rolesCatalogue: 0, endDuePasses: 0, openingRecords: 0,
  revokePass: 1, approveAccessRequest: 3, provisionAccessRequest: 1,
} as const satisfies Partial<Record<keyof BackendApi, number>>;
