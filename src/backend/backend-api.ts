import type { Role } from '../access/people';
import type { BulkInviteResult, SentInvite } from '../wix/invites';
import { apiKeyStatus, connectApiKey, disconnectApiKey, type ConnectOutcome, type KeyStatus } from './api-key/connection';
import { keyInvites } from './api-key/key-invites';
import { endDuePasses } from './auto-end/task-overdue';
import { settle, type BackendResult } from './backend-result';
import type { BackendPlatform } from './platform';

/**
 * Everything the page asks of the app's backend. In Wix each is a web method (`site-access.web.ts`);
 * locally the same functions answer over HTTP beside the emulator (`local/backend-host.ts`).
 * Every answer is JSON: a value, or the Wix failure as data.
 */
export interface BackendApi {
  apiKeyStatus(): Promise<BackendResult<KeyStatus>>;
  connectApiKey(key: string): Promise<BackendResult<ConnectOutcome>>;
  disconnectApiKey(): Promise<BackendResult<KeyStatus>>;
  /** Site invites with the connected key (Wix lets no other identity send them). */
  sendInvites(roleId: string, emails: string[], purpose?: string): Promise<BackendResult<BulkInviteResult>>;
  resendInvite(inviteId: string): Promise<BackendResult<SentInvite>>;
  revokeInvite(inviteId: string): Promise<BackendResult<null>>;
  /** Wix's roles catalogue (Get Roles Info), with the connected key. */
  rolesCatalogue(): Promise<BackendResult<Role[]>>;
  /** Ends the due passes set to end by themselves (the page asks when it opens, in case an event was missed); how many ended. */
  endDuePasses(): Promise<BackendResult<number>>;
}

export function backendApi(platform: BackendPlatform): BackendApi {
  const withKey = keyInvites(platform);
  return {
    apiKeyStatus: () => settle('check the API key', () => apiKeyStatus(platform)),
    connectApiKey: (key) => settle('connect the API key', () => connectApiKey(platform, key)),
    disconnectApiKey: () => settle('disconnect the API key', () => disconnectApiKey(platform)),
    sendInvites: (roleId, emails, purpose) =>
      settle(emails.length === 1 ? `invite ${emails[0]}` : `invite ${emails.length} people`, () => withKey.bulkInvite(roleId, emails, purpose)),
    resendInvite: (inviteId) => settle('resend the invite', () => withKey.resend(inviteId)),
    revokeInvite: (inviteId) => settle('cancel the invite', async () => { await withKey.revoke(inviteId); return null; }),
    rolesCatalogue: () => settle('load the site roles', () => withKey.roles()),
    endDuePasses: () => settle('end the passes that are due', () => endDuePasses(platform)),
  };
}
