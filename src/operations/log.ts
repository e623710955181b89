import type { LogAction, LogEntry } from '../access/access-log';
import type { Clock } from '../access/clock';
import { closureOf } from '../access/log-fold';
import { WixError } from '../wix/errors';
import type { Gateway } from '../wix/gateway';
import type { LogDraftInput } from '../wix/log-service';

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
  subjectName: '',
  role: '',
  detail: '',
  ...intent,
  reason: intent.reason?.trim() ?? '',
  at: clock(),
  actor,
  outcome,
});

/** The one entry appended, or why the log refused it (thrown, as a failed insert was). */
async function appendOne(gateway: Gateway, entry: LogDraftInput): Promise<LogEntry> {
  const [result] = await gateway.log.append([entry]);
  if (!result) throw new WixError('unexpected-response', "Couldn't write the access log: the backend answered nothing.");
  if ('problem' in result) throw new WixError('invalid', `Couldn't write the access log: ${result.problem}`);
  return result.entry;
}

/** Writes a `pending` log entry: the intent, before Wix is called. The backend chains it (see log-chain.ts). */
export function logIntent(context: OperationContext, intent: LogIntent): Promise<LogEntry> {
  return appendOne(context.gateway, entryFields(context, intent));
}

/**
 * Writes many intents in one backend call (a 1,000-row invite would otherwise be 1,000 requests). Per
 * intent: its pending entry, or why it was not saved. A call refused as a whole throws.
 */
export async function logIntents(context: OperationContext, intents: LogIntent[]): Promise<({ entry: LogEntry } | { problem: string })[]> {
  if (intents.length === 0) return [];
  return context.gateway.log.append(intents.map((intent) => entryFields(context, intent)));
}

/**
 * Closes many pending entries: each gets a closing entry (`closes` its id) appended; the intent itself is
 * never edited. Like logOutcome, what cannot be written stays pending (reconciliation closes it later).
 */
export async function logOutcomes(
  gateway: Gateway,
  outcomes: { entry: LogEntry; outcome: 'done' | 'failed'; detail: string }[],
  at?: Date,
): Promise<void> {
  if (outcomes.length === 0) return;
  try {
    await gateway.log.append(outcomes.map(({ entry, outcome, detail }) => closureOf(entry, outcome, detail, at ?? entry.at)));
  } catch {
    // Left pending on purpose; see reconciliation.
  }
}

/**
 * Closes a pending entry as done or failed, by appending its closing entry. A failure to write it is not
 * the operation's failure: the entry stays pending and is reconciled against Wix on a later load.
 */
export async function logOutcome(gateway: Gateway, entry: LogEntry, outcome: 'done' | 'failed', detail = entry.detail): Promise<void> {
  // The backend stamps a closing entry with the site's time (never before its intent).
  await logOutcomes(gateway, [{ entry, outcome, detail }], entry.at);
}

/**
 * Intent, then the Wix call, then the outcome: nothing that changes access goes unlogged. `failureDetail`
 * words a failure (default: the error's message). A failure whose Wix call may still have been carried
 * out is checked against Wix again by reconciliation (reconcile.ts), which corrects the line if so.
 */
export async function tracked<T>(
  context: OperationContext,
  intent: LogIntent,
  run: () => Promise<T>,
  failureDetail?: (error: unknown) => string,
): Promise<T> {
  const entry = await logIntent(context, intent);
  try {
    const result = await run();
    await logOutcomes(context.gateway, [{ entry, outcome: 'done', detail: entry.detail }], context.clock());
    return result;
  } catch (error) {
    const detail = failureDetail ? failureDetail(error) : error instanceof Error ? error.message : String(error);
    await logOutcomes(context.gateway, [{ entry, outcome: 'failed', detail }], context.clock());
    throw error;
  }
}

/** A single completed entry for things that need no Wix call (review decisions, checklist items). */
export function logDone(context: OperationContext, intent: LogIntent): Promise<LogEntry> {
  return appendOne(context.gateway, entryFields(context, intent, 'done'));
}

/**
 * Writes many entries of things already done in one backend call (the backend chains them after one head
 * read). Per intent: its entry, or why it was not saved. A call refused as a whole throws.
 */
export async function logAllDone(context: OperationContext, intents: LogIntent[]): Promise<({ entry: LogEntry } | { problem: string })[]> {
  if (intents.length === 0) return [];
  return context.gateway.log.append(intents.map((intent) => entryFields(context, intent, 'done')));
}
