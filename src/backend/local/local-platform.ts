import { ApiKeyStrategy } from '@wix/sdk';
import { z } from 'zod';
import { createEmulatorBackendClient } from '../../wix/backend-client';
import { tokenAuth } from '../../wix/client';
import { once } from '../../wix/lazy-api';
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

/**
 * The backend beside the local emulator: same functions as in Wix, Wix calls sent to the emulator.
 * A client per identity is built once (building one binds every SDK module: a few ms, on every call).
 */
export function localPlatform(site: LocalSite): BackendPlatform {
  // The connected key's client (a new key replaces it).
  let last: { id: string; client: ReturnType<typeof createEmulatorBackendClient> } | undefined;
  const keyClient = (apiKey: string, siteId: string) => {
    const id = JSON.stringify([apiKey, siteId]);
    if (last?.id !== id) last = { id, client: createEmulatorBackendClient(site.emulatorUrl, ApiKeyStrategy({ apiKey, siteId })) };
    return last.client;
  };
  return {
    siteId: async () => site.siteId,
    secrets: site.secrets ?? memorySecrets(),
    keyClient,
    appClient: once(() => createEmulatorBackendClient(site.emulatorUrl, tokenAuth(site.appToken))),
    now: site.now,
    // Nobody: a call names its caller through `withCaller`.
    caller: async () => null,
    callerClient: () => createEmulatorBackendClient(site.emulatorUrl, tokenAuth('')),
  };
}

const tokenInfo = z.union([z.object({ active: z.literal(true), subjectType: z.string(), subjectId: z.string() }), z.object({ active: z.literal(false) })]);

/**
 * The platform for one web method call made with `token` (the page's token, as Wix passes the signed-in
 * user with each call): the caller is whoever Wix's Token Info says the token stands for.
 */
export function withCaller(platform: BackendPlatform, emulatorUrl: string, token: string): BackendPlatform {
  return {
    ...platform,
    caller: async () => {
      const response = await fetch(new URL('oauth2/token-info', emulatorUrl), {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }),
      }).catch(() => null);
      const info = tokenInfo.safeParse(await response?.json().catch(() => null));
      return info.success && info.data.active ? { subjectType: info.data.subjectType, subjectId: info.data.subjectId } : null;
    },
    callerClient: once(() => createEmulatorBackendClient(emulatorUrl, tokenAuth(token))),
  };
}

/** The local site of a running emulator (same process). */
export const emulatorSite = (emulator: { url: string; store: { state: { siteId: string }; appToken(): string; now(): Date } }, secrets?: SecretStore): LocalSite => ({
  emulatorUrl: emulator.url, siteId: emulator.store.state.siteId, appToken: emulator.store.appToken(), now: () => emulator.store.now(), secrets,
});
