import { auth } from '@wix/essentials';
import { ApiKeyStrategy } from '@wix/sdk';
import { secrets } from '@wix/secrets';
import { createWixClient } from '../wix/backend-client';
import { secretStore } from '../wix/secrets';
import { isActiveToken, type BackendPlatform } from './platform';
import { wixAppClient, wixCallerClient } from './wix-app-client';

// Secrets Manager as the app: every call elevated.
const appSecrets = secretStore({
  getSecretValue: auth.elevate(secrets.getSecretValue),
  listSecretInfo: auth.elevate(secrets.listSecretInfo),
  createSecret: auth.elevate(secrets.createSecret),
  updateSecret: auth.elevate(secrets.updateSecret),
  deleteSecret: auth.elevate(secrets.deleteSecret),
});

/** The backend inside Wix: the caller's token info, Wix Secrets Manager, and clients for an account API key. */
export const wixPlatform: BackendPlatform = {
  siteId: async () => (await auth.getTokenInfo()).siteId,
  secrets: appSecrets,
  keyClient: (apiKey, siteId) => createWixClient({ auth: ApiKeyStrategy({ apiKey, siteId }) }),
  appClient: wixAppClient,
  now: () => new Date(),
  caller: async () => {
    const info = await auth.getTokenInfo().catch(() => null);
    return info && isActiveToken(info.active) ? { subjectType: info.subjectType, subjectId: info.subjectId } : null;
  },
  callerClient: wixCallerClient,
};
