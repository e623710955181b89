import type { OperationContext } from '../operations/log';
import { createGateway } from '../wix/gateway';
import type { Backend } from '../contract/commands';
import { keyInvites } from './api-key/key-invites';
import { settle } from './backend-result';
import { appendAsApp, verifyAsApp } from './log/log-methods';
import type { BackendPlatform } from './platform';

type BackendApiKeyPart = Pick<Backend, 'sendInvites' | 'resendInvite' | 'revokeInvite' | 'rolesCatalogue' | 'appendLog' | 'verifyLog'>;

/** Invites with the connected key and the log's chain, for the backend's own work (already checked, or the app acting by itself). */
export function appKeyServices(platform: BackendPlatform): BackendApiKeyPart {
  const withKey = keyInvites(platform);
  return {
    sendInvites: (roleId, emails, purpose) =>
      settle(emails.length === 1 ? `invite ${emails[0]}` : `invite ${emails.length} people`, () =>
        withKey.bulkInvite(roleId, emails, purpose ?? undefined),
      ),
    resendInvite: (inviteId) => settle('resend the invite', () => withKey.resend(inviteId)),
    revokeInvite: (inviteId) =>
      settle('cancel the invite', async () => {
        await withKey.revoke(inviteId);
        return null;
      }),
    rolesCatalogue: () => settle('load the site roles', () => withKey.roles()),
    // The backend's own log writes (refused attempts, passes ended by themselves) chain as the app.
    appendLog: (entries) => appendAsApp(platform, entries),
    verifyLog: () => verifyAsApp(platform),
  };
}

/** An operation context in the backend: Wix as the app (elevated), the key for invites, the site's clock. */
export function backendContext(platform: BackendPlatform, actor: string): OperationContext {
  return { gateway: createGateway(platform.appClient(), appKeyServices(platform)), clock: () => platform.now(), actor };
}
