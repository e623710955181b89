import { rolesInfo } from '../../wix/roles-info';
import { WixError } from '../../wix/errors';
import { BackendRefusal } from '../backend-result';
import type { BackendPlatform } from '../platform';
import { keyProblem } from './key-check';

/** The Secrets Manager name of the owner's account API key. Only backend code ever reads it. */
export const API_KEY_SECRET = 'site-access-account-api-key';

export interface KeyStatus {
  connected: boolean;
}

export type ConnectOutcome = { connected: true } | { connected: false; problem: string };

export async function apiKeyStatus(platform: BackendPlatform): Promise<KeyStatus> {
  return { connected: (await platform.secrets.get(API_KEY_SECRET)) !== null };
}

const refusedByWix = (error: unknown) => error instanceof WixError && (error.status === 401 || error.status === 403);

/**
 * Checks the pasted key with Wix (it must read the site's roles) and only then stores it. The key is
 * never echoed back: not in the answer, a log or an error message.
 */
export async function connectApiKey(platform: BackendPlatform, raw: unknown): Promise<ConnectOutcome> {
  const problem = keyProblem(raw);
  if (problem || typeof raw !== 'string') return { connected: false, problem: problem ?? 'Paste the API key.' };
  const key = raw.trim();
  const siteId = await platform.siteId();
  try {
    await rolesInfo(platform.keyClient(key, siteId));
  } catch (error) {
    if (refusedByWix(error)) {
      return { connected: false, problem: 'Wix refused this key for this site. Check that it was created for the account that owns the site, with the Manage Contributors permission. Nothing was saved.' };
    }
    const reason = error instanceof WixError && error.retryable ? 'Wix could not be reached to check the key' : 'Wix could not check the key';
    return { connected: false, problem: `${reason}. Nothing was saved; try again in a moment.` };
  }
  await platform.secrets.put(API_KEY_SECRET, key, 'Account API key for Site Access (invites and the roles catalogue)');
  return { connected: true };
}

export async function disconnectApiKey(platform: BackendPlatform): Promise<KeyStatus> {
  await platform.secrets.remove(API_KEY_SECRET);
  return { connected: false };
}

/**
 * Runs `work` with Wix as the owner's key. No key: refused as not connected. A key Wix now refuses
 * (401/403) is disconnected and reported once, so the page falls back to guided invites.
 */
export async function withApiKey<T>(platform: BackendPlatform, work: (client: ReturnType<BackendPlatform['keyClient']>) => Promise<T>): Promise<T> {
  const key = await platform.secrets.get(API_KEY_SECRET);
  if (key === null) {
    throw new BackendRefusal({ kind: 'not-connected', message: 'No API key is connected, so Site Access cannot send invites itself. Send it in Roles & Permissions, or connect a key in Settings.' });
  }
  try {
    return await work(platform.keyClient(key, await platform.siteId()));
  } catch (error) {
    if (!refusedByWix(error)) throw error;
    await platform.secrets.remove(API_KEY_SECRET);
    throw new BackendRefusal({
      kind: 'key-refused', status: error instanceof WixError ? error.status : undefined,
      message: 'Wix refused the connected API key (it may have been deleted or lost its permissions), so Site Access disconnected it. Send the invite in Roles & Permissions, or connect a new key in Settings.',
    });
  }
}
