import type { Context, Next } from 'hono';
import type { EmulatorStore } from './store.js';
import { CODE_BY_STATUS, wixErrorBody } from './wix-error.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A status of 0 drops the connection, so the client sees a network failure. */
export const NETWORK_FAILURE = 0;

/** Records every Wix request and applies the fault rules set through `/_emulator/faults`. */
export function faultsAndRecording(store: EmulatorStore) {
  return async (c: Context, next: Next) => {
    const { method, path } = c.req;
    store.requests.push({ method, path, at: new Date().toISOString() });
    const rule = store.faults.find((r) => (!r.method || r.method.toUpperCase() === method) && path.startsWith(r.path));
    if (!rule) return next();
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) store.faults = store.faults.filter((r) => r !== rule);
    }
    if (rule.delayMs) await sleep(rule.delayMs);
    if (rule.status === undefined) return next();
    if (rule.status === NETWORK_FAILURE) {
      const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming;
      incoming?.socket?.destroy();
      throw new Error('connection dropped by fault rule');
    }
    const code = CODE_BY_STATUS[rule.status] ?? 'INTERNAL';
    return c.json(wixErrorBody(code, `Emulated fault: ${rule.status} ${code}`), rule.status as 400);
  };
}
