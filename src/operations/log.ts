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

const entryFields = ({ clock, actor }: OperationContext, intent: LogIntent, outcome: 'pending' | 'done' = 'pending') => ({
  subjectName: '', role: '', detail: '', ...intent, reason: intent.reason?.trim() ?? '', at: clock(), actor, outcome,
});

/** Writes a `pending` log entry: the intent, before Wix is called. */
export function logIntent(context: OperationContext, intent: LogIntent): Promise<LogEntry> {
  return context.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, entryFields(context, intent));
}

/**
 * Writes many intents in bulk calls (a 1,000-row invite would otherwise be 1,000 requests). Per
 * intent: its pending entry, or why Wix did not save it. A call Wix refuses as a whole throws.
 */
export async function logIntents(context: OperationContext, intents: LogIntent[]): Promise<({ entry: LogEntry } | { problem: string })[]> {
  const entries = intents.map((intent) => logEntrySchema.parse({ _id: crypto.randomUUID(), ...entryFields(context, intent) }));
  const problems = await context.gateway.records.insertMany(COLLECTIONS.accessLog, entries);
  return entries.map((entry, index) => {
    const problem = problems[index];
    return problem === undefined ? { entry } : { problem };
  });
}

/** Closes many pending entries in bulk calls; like logOutcome, what cannot be written stays pending. */
export async function logOutcomes(gateway: Gateway, outcomes: { entry: LogEntry; outcome: 'done' | 'failed'; detail: string }[]): Promise<void> {
  if (outcomes.length === 0) return;
  try {
    await gateway.records.updateMany(COLLECTIONS.accessLog, outcomes.map(({ entry, outcome, detail }) => ({ ...entry, outcome, detail })));
  } catch {
    // Left pending on purpose; see reconciliation.
  }
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

/**
 * Intent, then the Wix call, then the outcome: nothing that changes access goes unlogged. `failureDetail`
 * words a failure (default: the error's message). A failure whose Wix call may still have been carried
 * out is checked against Wix again by reconciliation (reconcile.ts), which corrects the line if so.
 */
export async function tracked<T>(context: OperationContext, intent: LogIntent, run: () => Promise<T>, failureDetail?: (error: unknown) => string): Promise<T> {
  const entry = await logIntent(context, intent);
  try {
    const result = await run();
    await logOutcome(context.gateway, entry, 'done');
    return result;
  } catch (error) {
    const detail = failureDetail ? failureDetail(error) : error instanceof Error ? error.message : String(error);
    await logOutcome(context.gateway, entry, 'failed', detail);
    throw error;
  }
}

/** A single completed entry for things that need no Wix call (review decisions, checklist items). */
export function logDone(context: OperationContext, intent: LogIntent): Promise<LogEntry> {
  return context.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, entryFields(context, intent, 'done'));
}
