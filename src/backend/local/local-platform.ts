import { ApiKeyStrategy } from '@wix/sdk';
import { createEmulatorClient } from '../../wix/client';
import type { BackendPlatform, SecretStore } from '../platform';

/** Secrets Manager stand-in: kept in memory, for local mode and tests only. */
export function memorySecrets(): SecretStore {
  const values = new Map<string, string>();
  return {
    get: async (name) => values.get(name) ?? null,
    put: async (name, value) => void values.set(name, value),
    remove: async (name) => void values.delete(name),
  };
}

/** The backend beside the local emulator: same functions as in Wix, Wix calls sent to the emulator. */
export function localPlatform(emulatorUrl: string, siteId: string, secrets: SecretStore = memorySecrets()): BackendPlatform {
  return {
    siteId: async () => siteId,
    secrets,
    keyClient: (apiKey, site) => createEmulatorClient(emulatorUrl, ApiKeyStrategy({ apiKey, siteId: site })),
  };
}
