import type { Context, Next } from 'hono';
import type { EmulatorStore, FaultRule } from './store.js';
import { CODE_BY_STATUS, wixErrorBody } from './wix-error.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A status of 0 drops the connection, so the client sees a network failure. */
export const NETWORK_FAILURE = 0;

const matches = (rule: FaultRule, method: string, path: string) =>
  (!rule.method || rule.method.toUpperCase() === method) && path.startsWith(rule.path);

/**
 * The rule that applies to this request, if any. Every matching `nth` rule counts the request;
 * it applies only on its Nth match and is then spent. Other rules apply to every match (`times` caps them).
 */
function applicableRule(store: EmulatorStore, method: string, path: string): FaultRule | undefined {
  let chosen: FaultRule | undefined;
  for (const rule of store.faults.filter((r) => matches(r, method, path))) {
    if (rule.nth !== undefined) {
      rule.seen = (rule.seen ?? 0) + 1;
      if (rule.seen < rule.nth) continue;
      store.faults = store.faults.filter((r) => r !== rule);
      if (rule.seen > rule.nth) continue;
    }
    if (chosen) continue;
    chosen = rule;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times <= 0) store.faults = store.faults.filter((r) => r !== rule);
    }
  }
  return chosen;
}

function dropConnection(c: Context): never {
  const incoming = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming;
  incoming?.socket?.destroy();
  throw new Error('connection dropped by fault rule');
}

/** Records every Wix request and applies the fault rules set through `/_emulator/faults`. */
export function faultsAndRecording(store: EmulatorStore) {
  return async (c: Context, next: Next) => {
    const { method, path } = c.req;
    store.requests.push({ method, path, at: new Date().toISOString() });
    const rule = applicableRule(store, method, path);
    if (!rule) return next();
    if (rule.delayMs) await sleep(rule.delayMs);
    if (rule.lose) {
      // Wix did the work; the answer never reaches the caller.
      await next();
      dropConnection(c);
    }
    if (rule.status === undefined) return next();
    if (rule.status === NETWORK_FAILURE) dropConnection(c);
    const code = CODE_BY_STATUS[rule.status] ?? 'INTERNAL';
    return c.json(wixErrorBody(code, `Emulated fault: ${rule.status} ${code}`), rule.status as 400);
  };
}
