import { COMMAND_NAMES, keyPosition, type Backend } from '../contract/commands';

/**
 * Where the owner's account API key lives: in the owner's browser, never on the site (Wix's Secrets
 * Manager is readable by Co-Owners and Website Managers, and a Website Manager is what vendors ask for).
 */
export interface KeyHolder {
  get(): string | null;
  set(key: string): void;
  clear(): void;
}

/** Held for this page only (tests, and a browser that keeps no storage). */
export function memoryKeyHolder(): KeyHolder {
  let key: string | null = null;
  return { get: () => key, set: (value) => void (key = value), clear: () => void (key = null) };
}

const STORAGE_NAME = 'site-access.account-api-key';

/**
 * Kept in this browser's storage for the app's page (the owner's computer only), falling back to memory.
 * `scope` keeps one person's key from another's where the page knows who is signed in (local mode).
 */
export function browserKeyHolder(scope = '', storage: Storage | undefined = globalThis.localStorage): KeyHolder {
  const name = scope ? `${STORAGE_NAME}.${scope}` : STORAGE_NAME;
  const memory = memoryKeyHolder();
  const safely = <T>(run: () => T, fallback: () => T): T => {
    try {
      return storage ? run() : fallback();
    } catch {
      return fallback();
    }
  };
  return {
    get: () => safely(() => storage?.getItem(name) ?? null, memory.get),
    set: (key) =>
      safely(
        () => storage?.setItem(name, key),
        () => memory.set(key),
      ),
    clear: () => {
      memory.clear();
      safely(
        () => storage?.removeItem(name),
        () => undefined,
      );
    },
  };
}

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * The backend as the owner's page calls it: the held key goes with each call that takes one
 * (after the command's own arguments), a checked key is kept once Connect succeeds, and Disconnect forgets it.
 */
export function withHeldKey(backend: Backend, holder: KeyHolder): Backend {
  const wrapped: Record<string, unknown> = { ...backend };
  for (const name of COMMAND_NAMES) {
    const position = keyPosition(name);
    if (position === null) continue;
    const method = backend[name] as Method;
    wrapped[name] = (...args: unknown[]) => {
      const key = holder.get();
      if (key === null) return method(...args);
      const padded = [...args.slice(0, position), ...Array.from({ length: Math.max(0, position - args.length) }, () => undefined), key];
      return method(...padded);
    };
  }
  wrapped.connectApiKey = async (key: string) => {
    const answer = await backend.connectApiKey(key);
    if (answer.ok && answer.value.connected && typeof key === 'string') holder.set(key.trim());
    return answer;
  };
  wrapped.disconnectApiKey = async () => {
    holder.clear();
    return backend.disconnectApiKey();
  };
  return wrapped as unknown as Backend;
}
