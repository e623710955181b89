import { logEntrySchema, type LogEntry } from '../access/access-log';
import { foldLog } from '../access/log-fold';
import { COLLECTIONS } from './collections';
import type { Gateway } from './gateway';
import type { Condition } from './records';

/**
 * Not a closing entry (`closes` names the intent it closes). `gt ''` never matches a missing field, so
 * entries written before closures existed count as intents.
 */
export const NOT_CLOSURE: Condition = { not: { field: 'closes', op: 'gt', value: '' } };

/** How many intent ids one query for their closures names (the query travels in the URL). */
const IDS_PER_QUERY = 40;

/** The closing entries of these intents (one query per 40 ids). */
export async function readClosures(gateway: Gateway, ids: readonly string[]): Promise<LogEntry[]> {
  const found: LogEntry[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const [first, ...rest] = ids.slice(start, start + IDS_PER_QUERY).map((id): Condition => ({ field: 'closes', op: 'eq', value: id }));
    if (first)
      found.push(...(await gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { filter: [{ anyOf: [first, ...rest] }] })));
  }
  return found;
}

/** Intents as people read them: each with its latest closure's outcome (reads the closures of pending ones only). */
export async function withOutcomes(gateway: Gateway, intents: LogEntry[]): Promise<LogEntry[]> {
  const open = intents.filter((e) => e.outcome === 'pending').map((e) => e._id);
  return open.length ? foldLog(intents, await readClosures(gateway, open)) : intents;
}
