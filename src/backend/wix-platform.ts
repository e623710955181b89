import { auth } from '@wix/essentials';
import { ApiKeyStrategy } from '@wix/sdk';
import { secrets } from '@wix/secrets';
import { createWixClient } from '../wix/backend-client';
import type { BackendPlatform } from './platform';
import { wixAppClient, wixCallerClient } from './wix-app-client';

// Secrets Manager answers only the app's identity, so every call is elevated.
const getSecretValue = auth.elevate(secrets.getSecretValue);
const listSecretInfo = auth.elevate(secrets.listSecretInfo);
const createSecret = auth.elevate(secrets.createSecret);
const updateSecret = auth.elevate(secrets.updateSecret);
const deleteSecret = auth.elevate(secrets.deleteSecret);

const secretId = async (name: string) => (await listSecretInfo()).secrets?.find((s) => s.name === name)?._id ?? null;

/** The backend inside Wix: the caller's token info, Wix Secrets Manager, and clients for an account API key. */
export const wixPlatform: BackendPlatform = {
  siteId: async () => (await auth.getTokenInfo()).siteId,
  secrets: {
    async get(name) {
      // Wix does not document the error for a missing secret: look it up in the list first.
      if ((await secretId(name)) === null) return null;
      return (await getSecretValue(name)).value ?? null;
    },
    async put(name, value, description) {
      const id = await secretId(name);
      if (id) await updateSecret(id, { value });
      else await createSecret({ name, value, description });
    },
    async remove(name) {
      const id = await secretId(name);
      if (id) await deleteSecret(id);
    },
  },
  keyClient: (apiKey, siteId) => createWixClient({ auth: ApiKeyStrategy({ apiKey, siteId }) }),
  appClient: wixAppClient,
  now: () => new Date(),
  caller: async () => {
    const info = await auth.getTokenInfo().catch(() => null);
    return info?.active ? { subjectType: info.subjectType, subjectId: info.subjectId } : null;
  },
  callerClient: wixCallerClient,
};
