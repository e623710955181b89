import { ApiKeyStrategy } from '@wix/sdk';
import { createEmulatorClient, tokenAuth } from '../../wix/client';
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

export interface LocalSite {
  emulatorUrl: string;
  siteId: string;
  /** The app's own token (the emulator signs it; Wix's backend has it ambiently). */
  appToken: string;
  /** The emulator's clock. */
  now(): Date;
  secrets?: SecretStore;
}

/** The backend beside the local emulator: same functions as in Wix, Wix calls sent to the emulator. */
export function localPlatform(site: LocalSite): BackendPlatform {
  return {
    siteId: async () => site.siteId,
    secrets: site.secrets ?? memorySecrets(),
    keyClient: (apiKey, siteId) => createEmulatorClient(site.emulatorUrl, ApiKeyStrategy({ apiKey, siteId })),
    appClient: () => createEmulatorClient(site.emulatorUrl, tokenAuth(site.appToken)),
    now: site.now,
  };
}

/** The local site of a running emulator (same process). */
export const emulatorSite = (emulator: { url: string; store: { state: { siteId: string }; appToken(): string; now(): Date } }, secrets?: SecretStore): LocalSite => ({
  emulatorUrl: emulator.url, siteId: emulator.store.state.siteId, appToken: emulator.store.appToken(), now: () => emulator.store.now(), secrets,
});
