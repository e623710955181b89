import { z } from 'zod';
import { logEntrySchema, type LogEntry } from '../../access/access-log';
import { COLLECTIONS } from '../../wix/collections';
import type { Condition, recordsApi } from '../../wix/records';

type Records = ReturnType<typeof recordsApi>;

/** Chained entries only (a legacy entry has no `seq`; `gt` never matches a missing field). */
export const CHAINED: Condition = { field: 'seq', op: 'gt', value: 0 };
/** Entries written before the chain began. */
export const UNCHAINED: Condition = { not: CHAINED };

export const chainedEntrySchema = z.pipe(
  logEntrySchema,
  z.transform((e: LogEntry, ctx) => {
    if (e.seq === undefined || e.prevHash === undefined || e.hash === undefined) {
      ctx.addIssue({ code: 'custom', message: 'Not a chained entry.' });
      return z.NEVER;
    }
    return { ...e, seq: e.seq, prevHash: e.prevHash, hash: e.hash };
  }),
);
export type ChainedEntry = z.infer<typeof chainedEntrySchema>;

/** The last chained entry (highest `seq`), or null: one query. */
export async function readHead(records: Records): Promise<ChainedEntry | null> {
  const page = await records.page(COLLECTIONS.accessLog, chainedEntrySchema, {
    filter: [CHAINED],
    orderBy: [
      { field: 'seq', direction: 'desc' },
      { field: '_id', direction: 'desc' },
    ],
    limit: 1,
  });
  return page.items[0] ?? null;
}

/** Chained entries with `from <= seq <= to`, in order (at most 1,000: one query). */
export async function readRange(records: Records, from: number, to: number): Promise<ChainedEntry[]> {
  const page = await records.page(COLLECTIONS.accessLog, chainedEntrySchema, {
    filter: [
      { field: 'seq', op: 'ge', value: from },
      { field: 'seq', op: 'le', value: to },
    ],
    orderBy: [
      { field: 'seq', direction: 'asc' },
      { field: '_id', direction: 'asc' },
    ],
    limit: 1000,
  });
  return page.items;
}

/**
 * The next page of the chain after (seq, id), in `seq` order: keyset paging (never `skip`), so a page
 * costs the same at entry 50,000 as at entry 1, and a second entry with an already-seen number is still read.
 */
export async function readAfter(records: Records, seq: number, id: string, limit: number): Promise<ChainedEntry[]> {
  const after: Condition = {
    anyOf: [
      { field: 'seq', op: 'gt', value: seq },
      {
        allOf: [
          { field: 'seq', op: 'eq', value: seq },
          { field: '_id', op: 'gt', value: id },
        ],
      },
    ],
  };
  const page = await records.page(COLLECTIONS.accessLog, chainedEntrySchema, {
    filter: [after],
    orderBy: [
      { field: 'seq', direction: 'asc' },
      { field: '_id', direction: 'asc' },
    ],
    limit,
  });
  return page.items;
}

/** Unchained entries: how many, and whether one claims a time after the chain began (then it was inserted). */
export async function unchainedEntries(records: Records, chainStartedAt: Date | null) {
  const all = await records.page(COLLECTIONS.accessLog, logEntrySchema, { filter: [UNCHAINED], limit: 1, withTotal: true });
  const count = all.total ?? all.items.length;
  if (!chainStartedAt || count === 0) return { count, inserted: null };
  const late = await records.page(COLLECTIONS.accessLog, logEntrySchema, {
    filter: [UNCHAINED, { field: 'at', op: 'ge', value: chainStartedAt }],
    orderBy: [{ field: 'at', direction: 'asc' }],
    limit: 1,
  });
  return { count, inserted: late.items[0] ?? null };
}
