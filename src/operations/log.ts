import { logEntrySchema, type LogAction, type LogEntry } from '../access/access-log';
import type { Clock } from '../access/clock';
import { COLLECTIONS } from '../wix/collections';
import type { Gateway } from '../wix/gateway';

export interface LogIntent {
  action: LogAction;
  subjectEmail: string;
  subjectName?: string;
  role?: string;
  reason?: string;
  grantId?: string;
  detail?: string;
}

export interface OperationContext {
  gateway: Gateway;
  clock: Clock;
  /** Who is acting, as written in the log. */
  actor: string;
}

/** Writes a `pending` log entry: the intent, before Wix is called. */
export function logIntent({ gateway, clock, actor }: OperationContext, intent: LogIntent): Promise<LogEntry> {
  return gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, {
    subjectName: '', role: '', detail: '', ...intent, reason: intent.reason?.trim() ?? '', at: clock(), actor, outcome: 'pending',
  });
}

/**
 * Closes a pending entry as done or failed. A failure to write it is not the operation's failure:
 * the entry stays pending and is reconciled against Wix on a later load.
 */
export async function logOutcome(gateway: Gateway, entry: LogEntry, outcome: 'done' | 'failed', detail = entry.detail): Promise<void> {
  try {
    await gateway.records.update(COLLECTIONS.accessLog, logEntrySchema, { ...entry, outcome, detail });
  } catch {
    // Left pending on purpose; see reconciliation.
  }
}

/** Intent, then the Wix call, then the outcome: nothing that changes access goes unlogged. */
export async function tracked<T>(context: OperationContext, intent: LogIntent, run: () => Promise<T>): Promise<T> {
  const entry = await logIntent(context, intent);
  try {
    const result = await run();
    await logOutcome(context.gateway, entry, 'done');
    return result;
  } catch (error) {
    await logOutcome(context.gateway, entry, 'failed', error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/** A single completed entry for things that need no Wix call (review decisions, checklist items). */
export async function logDone(context: OperationContext, intent: LogIntent): Promise<LogEntry> {
  const entry = await logIntent(context, intent);
  await logOutcome(context.gateway, entry, 'done');
  return { ...entry, outcome: 'done' };
}
