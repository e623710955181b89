import { logDone } from '../../operations/log';
import { contributorsApi } from '../../wix/contributors';
import { WixError } from '../../wix/errors';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import type { BackendPlatform } from '../platform';
import { keyProblem } from './key-check';
import type { ConnectOutcome, KeyStatus } from '../../contract/answers';

/**
 * Where an earlier version kept the owner's account API key: Wix Secrets Manager, which Co-Owners and
 * Website Managers can read. Site Access no longer keeps the key on the site (docs/wix-platform.md,
 * "The owner's API key"): the owner's page holds it and sends it with each call that needs it.
 */
export const API_KEY_SECRET = 'site-access-account-api-key';

/** Whether the owner's page sent its key with this call (nothing is kept between calls). */
export function apiKeyStatus(platform: BackendPlatform): KeyStatus {
  return { connected: platform.apiKey !== undefined };
}

const refusedByWix = (error: unknown) => error instanceof WixError && (error.status === 401 || error.status === 403);

/** The permission the owner gives the key in Wix's API Keys Manager (the one every call with it needs). */
export const KEY_PERMISSION = 'Manage Contributors (Site Roles and Permissions)';

/**
 * Checks a pasted key with a call its documented permission allows (Query Contributors: Manage
 * Contributors, with `wix-site-id`). Nothing is stored here: the owner's page keeps the key. The key is
 * never echoed back: not in the answer, a log or an error message.
 */
export async function connectApiKey(platform: BackendPlatform, raw: unknown): Promise<ConnectOutcome> {
  const problem = keyProblem(raw);
  if (problem || typeof raw !== 'string') return { connected: false, problem: problem ?? 'Paste the API key.' };
  try {
    await contributorsApi(platform.keyClient(raw.trim(), await platform.siteId())).query();
  } catch (error) {
    if (refusedByWix(error)) {
      return {
        connected: false,
        problem: `Wix refused this key for this site. Create it in the API Keys Manager of the account that owns the site, with the ${KEY_PERMISSION} permission. Nothing was kept.`,
      };
    }
    const reason =
      error instanceof WixError && error.retryable ? 'Wix could not be reached to check the key' : 'Wix could not check the key';
    return { connected: false, problem: `${reason}. Nothing was kept; try again in a moment.` };
  }
  return { connected: true };
}

/**
 * The owner disconnects: the page forgets the key. A key an earlier version of Site Access kept in Wix's
 * Secrets Manager is deleted here too (and the log says so), since Co-Owners and Website Managers can read it.
 */
export async function disconnectApiKey(platform: BackendPlatform, actor: string): Promise<KeyStatus> {
  await removeStoredKey(platform, actor);
  return { connected: false };
}

/** Deletes the key an earlier version kept in Secrets Manager; answers whether there was one. */
export async function removeStoredKey(platform: BackendPlatform, actor: string): Promise<boolean> {
  if ((await platform.secrets.get(API_KEY_SECRET)) === null) return false;
  await platform.secrets.remove(API_KEY_SECRET);
  await logDone(backendContext(platform, actor), {
    action: 'key-disconnected',
    subjectEmail: '',
    detail:
      "Deleted the account API key an earlier version of Site Access kept in Wix's Secrets Manager, where Co-Owners and Website Managers can read it. Delete that key in Wix's API Keys Manager too.",
  }).catch(() => undefined);
  return true;
}

/**
 * Runs `work` with Wix as the owner's key sent with this call. No key: refused as not connected (the page
 * guides the owner). A key Wix refuses (401/403) is reported with the permission it needs; the page keeps it.
 */
export async function withApiKey<T>(
  platform: BackendPlatform,
  work: (client: ReturnType<BackendPlatform['keyClient']>) => Promise<T>,
): Promise<T> {
  if (platform.apiKey === undefined) {
    throw new BackendRefusal({
      kind: 'not-connected',
      message:
        'No API key is connected, so Site Access cannot send invites itself. Send it in Roles & Permissions, or connect a key in Settings.',
    });
  }
  try {
    return await work(platform.keyClient(platform.apiKey, await platform.siteId()));
  } catch (error) {
    if (!refusedByWix(error)) throw error;
    throw new BackendRefusal({
      kind: 'key-refused',
      status: error instanceof WixError ? error.status : undefined,
      message: `Wix refused the connected API key (it may have been deleted, or lacks the ${KEY_PERMISSION} permission). Check it in Wix's API Keys Manager, or disconnect it in Settings. Meanwhile, do this in Roles & Permissions.`,
    });
  }
}
