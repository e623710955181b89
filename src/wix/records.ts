import { z } from 'zod';
import type { DataClient } from './client';
import type { CollectionId } from './collections';
import { callWix, parseWix } from './errors';
import { BULK_LIMIT } from './wire-requests';

type Fields = Record<string, unknown>;
type Identified = Fields & { _id: string };
const PAGE = 1000;
type Bound = string | number | Date;
type Sort = { field: string; direction: 'asc' | 'desc' };

/** A Wix Data filter, sent through the `@wix/data` builder. Wix's `contains`/`startsWith` ignore case. */
export type Condition =
  | { field: string; op: 'eq' | 'ne'; value: Bound | boolean } | { field: string; op: 'lt' | 'le' | 'gt' | 'ge'; value: Bound }
  | { field: string; op: 'contains' | 'startsWith'; value: string }
  | { anyOf: [Condition, ...Condition[]] } | { allOf: [Condition, ...Condition[]] } | { not: Condition };

export interface ListOptions {
  /** Field equality filters. */
  where?: Record<string, string | number | boolean>;
  orderBy?: Sort;
  /** Conditions that must all hold (Wix filters; nothing is filtered here). */
  filter?: Condition[];
}

/**
 * One offset page: `limit` at most 1,000 (Wix's limit); sort by a unique field (`_id`) last so pages never
 * overlap; `withTotal` asks Wix to count the matches (`returnTotalCount`), which Wix may still not do.
 */
export interface PageOptions extends Omit<ListOptions, 'orderBy'> { orderBy?: Sort[]; limit: number; skip?: number; withTotal?: boolean }

/** One query's worth of records: `total` is null when Wix was not asked or did not count. */
export interface RecordsPage<T> { items: T[]; total: number | null; hasNext: boolean }

interface BulkWrite {
  /** The ids Wix wrote. */
  written: string[];
  errors: { originalIndex: number; message: string }[];
}

/** Per item of a bulk call: why Wix did not write it, or undefined when it did. */
function bulkProblems(items: Identified[], { written, errors }: BulkWrite, skipped: string): (string | undefined)[] {
  const errorAt = new Map(errors.map((error) => [error.originalIndex, error.message]));
  // An id given twice in one call was written once.
  const unclaimed = new Map<string, number>();
  for (const id of written) unclaimed.set(id, (unclaimed.get(id) ?? 0) + 1);
  return items.map((item, index) => {
    const error = errorAt.get(index);
    if (error !== undefined) return error;
    const left = unclaimed.get(item._id) ?? 0;
    if (left === 0) return skipped;
    unclaimed.set(item._id, left - 1);
    return undefined;
  });
}

/** Writes in calls of at most 1,000 items (Wix's limit); per item, why it was not written. */
async function writeInBulk(items: Identified[], skipped: string, write: (chunk: Identified[]) => Promise<BulkWrite>): Promise<(string | undefined)[]> {
  const problems: (string | undefined)[] = [];
  for (let start = 0; start < items.length; start += BULK_LIMIT) {
    const chunk = items.slice(start, start + BULK_LIMIT);
    problems.push(...bulkProblems(chunk, await write(chunk), skipped));
  }
  return problems;
}

type Items = DataClient['items'];
type DataFilter = ReturnType<Items['filter']>;

function toFilter(items: Items, c: Condition): DataFilter {
  if ('anyOf' in c) return c.anyOf.map((part) => toFilter(items, part)).reduce((a, b) => a.or(b));
  if ('allOf' in c) return c.allOf.map((part) => toFilter(items, part)).reduce((a, b) => a.and(b));
  if ('not' in c) return items.filter().not(toFilter(items, c.not));
  const f = items.filter();
  switch (c.op) {
    case 'contains': case 'startsWith': return f[c.op](c.field, c.value);
    case 'eq': case 'ne': return f[c.op](c.field, c.value);
    default: return f[c.op](c.field, c.value);
  }
}

/** The query as Wix runs it: equality `where`, the conditions, then the sort. */
function buildQuery(items: Items, collection: CollectionId, options: PageOptions) {
  let query = items.query(collection).limit(options.limit);
  for (const [field, value] of Object.entries(options.where ?? {})) query = query.eq(field, value);
  const [first, ...rest] = options.filter ?? [];
  if (first) query = query.and(toFilter(items, { allOf: [first, ...rest] }));
  for (const { field, direction } of options.orderBy ?? []) query = direction === 'desc' ? query.descending(field) : query.ascending(field);
  return query;
}

/** The app's own records in Wix Data collections, each item parsed with the record's schema. */
export function recordsApi(client: DataClient) {
  const parseItem = <T>(schema: z.ZodType<T>, item: unknown, action: string) => parseWix(schema, item, action);

  return {
    async list<T>(collection: CollectionId, schema: z.ZodType<T>, options: ListOptions = {}): Promise<T[]> {
      const action = `load the app's records (${collection})`;
      return callWix(action, async () => {
        const orderBy = options.orderBy ? [options.orderBy] : [];
        let page = await buildQuery(client.items, collection, { ...options, orderBy, limit: PAGE }).find();
        const rows: unknown[] = [...page.items];
        while (page.hasNext()) {
          page = await page.next();
          rows.push(...page.items);
        }
        return rows.map((row) => parseItem(schema, row, action));
      });
    },
    /** One query (one request): at most `limit` records from `skip` on, with Wix's count when asked. */
    async page<T>(collection: CollectionId, schema: z.ZodType<T>, options: PageOptions): Promise<RecordsPage<T>> {
      const action = `load the app's records (${collection})`;
      return callWix(action, async () => {
        const query = buildQuery(client.items, collection, options).skip(options.skip ?? 0);
        const result = await query.find(options.withTotal ? { returnTotalCount: true } : undefined);
        return { items: result.items.map((row) => parseItem(schema, row, action)), total: result.totalCount ?? null, hasNext: result.hasNext() };
      });
    },
    async insert<T>(collection: CollectionId, schema: z.ZodType<T>, fields: Fields): Promise<T> {
      const action = 'save the record';
      const saved = await callWix(action, () => client.items.insert(collection, fields));
      return parseItem(schema, saved, action);
    },
    async update<T>(collection: CollectionId, schema: z.ZodType<T>, fields: Fields & { _id: string }): Promise<T> {
      const action = 'update the record';
      const saved = await callWix(action, () => client.items.update(collection, fields));
      return parseItem(schema, saved, action);
    },
    /**
     * Inserts many records with their own `_id`s in bulk calls of up to 1,000 items (one request,
     * not one per record, so a big batch does not run into Wix's rate limit). Returns, per item,
     * why it was not saved (undefined when it was); a call Wix refuses as a whole throws.
     */
    insertMany: (collection: CollectionId, items: Identified[]) =>
      writeInBulk(items, 'A record with this id already exists.', async (chunk) => {
        const result = await callWix('save the records', () => client.items.bulkInsert(collection, chunk));
        return { written: result.insertedItemIds, errors: result.errors };
      }),
    /** Updates many records in bulk calls of up to 1,000 items; per item, why it was not updated. */
    updateMany: (collection: CollectionId, items: Identified[]) =>
      writeInBulk(items, 'The record no longer exists.', async (chunk) => {
        const result = await callWix('update the records', () => client.items.bulkUpdate(collection, chunk));
        return { written: result.updatedItemIds, errors: result.errors };
      }),
    async remove(collection: CollectionId, id: string): Promise<void> {
      await callWix('delete the record', () => client.items.remove(collection, id));
    },
  };
}
