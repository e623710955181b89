import { ApiKeyStrategy, createClient } from '@wix/sdk';
import { secrets } from '@wix/secrets';
import { z } from 'zod';
import { createEmulatorBackendClient } from '../../wix/backend-client';
import { emulatorFetch, tokenAuth } from '../../wix/client';
import { secretStore, type SecretStore } from '../../wix/secrets';
import { once } from '../../wix/lazy-api';
import { isActiveToken, type BackendPlatform } from '../platform';

/** Wix Secrets Manager of the emulated site, through `@wix/secrets` as the app. */
function emulatorSecrets(site: LocalSite): SecretStore {
  const client = createClient({ modules: { secrets }, auth: tokenAuth(site.appToken), fetch: emulatorFetch(site.emulatorUrl) });
  return secretStore(client.secrets);
}

export interface LocalSite {
  emulatorUrl: string;
  siteId: string;
  /** The app's own token (the emulator signs it; Wix's backend has it ambiently). */
  appToken: string;
  /** The emulator's clock. */
  now(): Date;
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
    secrets: emulatorSecrets(site),
    keyClient,
    appClient: once(() => createEmulatorBackendClient(site.emulatorUrl, tokenAuth(site.appToken))),
    now: site.now,
    // Nobody: a call names its caller through `withCaller`.
    caller: async () => null,
    callerClient: () => createEmulatorBackendClient(site.emulatorUrl, tokenAuth('')),
  };
}

const tokenInfo = z.object({ active: z.unknown(), subjectType: z.string().optional(), subjectId: z.string().optional() });

/**
 * The platform for one web method call made with `token` (the page's token, as Wix passes the signed-in
 * user with each call): the caller is whoever Wix's Token Info says the token stands for.
 */
export function withCaller(platform: BackendPlatform, emulatorUrl: string, token: string): BackendPlatform {
  return {
    ...platform,
    caller: async () => {
      const response = await fetch(new URL('oauth2/token-info', emulatorUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token }),
      }).catch(() => null);
      const info = tokenInfo.safeParse(await response?.json().catch(() => null));
      if (!info.success || !isActiveToken(info.data.active) || !info.data.subjectType || !info.data.subjectId) return null;
      return { subjectType: info.data.subjectType, subjectId: info.data.subjectId };
    },
    callerClient: once(() => createEmulatorBackendClient(emulatorUrl, tokenAuth(token))),
  };
}

/** The local site of a running emulator (same process). */
export const emulatorSite = (emulator: {
  url: string;
  store: { state: { siteId: string }; appToken(): string; now(): Date };
}): LocalSite => ({
  emulatorUrl: emulator.url,
  siteId: emulator.store.state.siteId,
  appToken: emulator.store.appToken(),
  now: () => emulator.store.now(),
});
