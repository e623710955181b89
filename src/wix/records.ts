import type { Schema } from '../access/zod';
import { withData, type AnyClient, type DataClient } from './client';
import type { CollectionId } from './collections';
import { callWix, parseWix, WixError } from './errors';
import { writeInBulk } from './bulk-write';

type Fields = Record<string, unknown>;
type Identified = Fields & { _id: string };
const PAGE = 1000;
type Bound = string | number | Date;
type Sort = { field: string; direction: 'asc' | 'desc' };

/** A Wix Data filter, sent through the `@wix/data` builder. Wix's `contains`/`startsWith` ignore case. */
export type Condition =
  | { field: string; op: 'eq' | 'ne'; value: Bound | boolean }
  | { field: string; op: 'lt' | 'le' | 'gt' | 'ge'; value: Bound }
  | { field: string; op: 'contains' | 'startsWith'; value: string }
  | { anyOf: [Condition, ...Condition[]] }
  | { allOf: [Condition, ...Condition[]] }
  | { not: Condition };

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
export interface PageOptions extends Omit<ListOptions, 'orderBy'> {
  orderBy?: Sort[];
  limit: number;
  skip?: number;
  withTotal?: boolean;
}

/** One query's worth of records: `total` is null when Wix was not asked or did not count. */
export interface RecordsPage<T> {
  items: T[];
  total: number | null;
  hasNext: boolean;
}

type Items = DataClient['items'];

/**
 * Every read asks Wix for the latest (`consistentRead`): Wix Data reads are otherwise eventually
 * consistent, and the app's reads decide writes (a revision check, the log's head, a keyed insert's retry)
 * or show the owner what they just changed.
 */
const CONSISTENT = { consistentRead: true } as const;

/** Each record once (a record added while pages were read can move one onto the next page as well). */
function uniqueById(rows: unknown[]): unknown[] {
  const seen = new Set<unknown>();
  return rows.filter((row) => {
    const id = typeof row === 'object' && row !== null && '_id' in row ? row._id : undefined;
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
type DataFilter = ReturnType<Items['filter']>;

function toFilter(items: Items, c: Condition): DataFilter {
  if ('anyOf' in c) return c.anyOf.map((part) => toFilter(items, part)).reduce((a, b) => a.or(b));
  if ('allOf' in c) return c.allOf.map((part) => toFilter(items, part)).reduce((a, b) => a.and(b));
  if ('not' in c) return items.filter().not(toFilter(items, c.not));
  const f = items.filter();
  switch (c.op) {
    case 'contains':
    case 'startsWith':
      return f[c.op](c.field, c.value);
    case 'eq':
    case 'ne':
      return f[c.op](c.field, c.value);
    default:
      return f[c.op](c.field, c.value);
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

/** Why an update of a record read before someone else changed it is refused. */
export const STALE_RECORD = 'This was changed in another tab or window since this page read it. Reload to see the latest, then try again.';

/** Why a record given with its own id was not inserted: Wix already holds one with that id. */
export const RECORD_EXISTS = 'A record with this id already exists.';

/** A bulk insert's per-item problem that means the record is there (e.g. a retry after a lost answer). */
export const isAlreadySaved = (problem: string | undefined) =>
  problem !== undefined && (problem === RECORD_EXISTS || /already exists/i.test(problem));

/**
 * The app's own records in Wix Data collections, each item parsed with the record's schema. The page's
 * client loads `@wix/data` with the first call (the page opens with the records the backend read).
 */
export function recordsApi(client: AnyClient) {
  const parseItem = <T>(schema: Schema<T>, item: unknown, action: string) => parseWix(schema, item, action);
  let data: Promise<DataClient> | undefined;
  const sdkItems = async () => (await (data ??= withData(client))).items;

  /** The item Wix holds under this id, unparsed (undefined when none). */
  const storedItem = async (collection: CollectionId, id: string, action: string): Promise<unknown> =>
    (await callWix(action, async () => buildQuery(await sdkItems(), collection, { where: { _id: id }, limit: 1 }).find(CONSISTENT)))
      .items[0];

  /** The fields as the next revision, after checking that Wix still holds the one they were read at. */
  async function nextRevision(collection: CollectionId, fields: Identified & { _rev: number }): Promise<Identified> {
    const stored = await storedItem(collection, fields._id, 'check the record is unchanged');
    const storedRev =
      typeof stored === 'object' && stored !== null && '_rev' in stored && typeof stored._rev === 'number' ? stored._rev : 0;
    if (stored && storedRev !== fields._rev) throw new WixError('conflict', STALE_RECORD);
    return { ...fields, _rev: fields._rev + 1 };
  }

  return {
    /**
     * Every matching record. One page (1,000) is one request; when there are more, page 1 asks Wix for
     * the count and the later pages are all requested at once (by `skip`, sorted by `_id` last so pages
     * never overlap), so a long list costs one wave of requests instead of one after another.
     */
    async list<T>(collection: CollectionId, schema: Schema<T>, options: ListOptions = {}): Promise<T[]> {
      const action = `load the app's records (${collection})`;
      return callWix(action, async () => {
        const items = await sdkItems();
        const orderBy = [...(options.orderBy ? [options.orderBy] : []), { field: '_id', direction: 'asc' as const }];
        const query = (skip: number) => buildQuery(items, collection, { ...options, orderBy, limit: PAGE }).skip(skip);
        const first = await query(0).find({ ...CONSISTENT, returnTotalCount: true });
        const pages = [first];
        if (first.hasNext() && typeof first.totalCount === 'number') {
          const skips = Array.from({ length: Math.ceil(first.totalCount / PAGE) - 1 }, (_, i) => (i + 1) * PAGE);
          pages.push(...(await Promise.all(skips.map((skip) => query(skip).find(CONSISTENT)))));
        }
        // Wix did not count, or records were added meanwhile: the rest one page after another.
        let last = pages[pages.length - 1] ?? first;
        while (last.hasNext()) pages.push((last = await last.next()));
        return uniqueById(pages.flatMap((page) => page.items)).map((row) => parseItem(schema, row, action));
      });
    },
    /** One query (one request): at most `limit` records from `skip` on, with Wix's count when asked. */
    async page<T>(collection: CollectionId, schema: Schema<T>, options: PageOptions): Promise<RecordsPage<T>> {
      const action = `load the app's records (${collection})`;
      return callWix(action, async () => {
        const items = await sdkItems();
        const query = buildQuery(items, collection, options).skip(options.skip ?? 0);
        const result = await query.find({ ...CONSISTENT, ...(options.withTotal ? { returnTotalCount: true } : {}) });
        return {
          items: result.items.map((row) => parseItem(schema, row, action)),
          total: result.totalCount ?? null,
          hasNext: result.hasNext(),
        };
      });
    },
    async insert<T>(collection: CollectionId, schema: Schema<T>, fields: Fields): Promise<T> {
      const action = 'save the record';
      const saved = await callWix(action, async () => (await sdkItems()).insert(collection, fields));
      return parseItem(schema, saved, action);
    },
    /**
     * Inserts a record under the id its operation chose (one click, one id). When the answer is lost or
     * Wix says the id is taken (a retry of the same operation), Wix is read: the record it holds under that
     * id is the first attempt's, and is returned instead of a second record or a false failure.
     */
    async insertKeyed<T>(collection: CollectionId, schema: Schema<T>, fields: Identified): Promise<T> {
      const action = 'save the record';
      try {
        return parseItem(schema, await callWix(action, async () => (await sdkItems()).insert(collection, fields)), action);
      } catch (error) {
        if (!(error instanceof WixError && (error.kind === 'offline' || error.kind === 'conflict'))) throw error;
        const stored = await storedItem(collection, fields._id, action).catch(() => undefined);
        if (!stored) throw error;
        return parseItem(schema, stored, action);
      }
    },
    /**
     * Updates a record. One with a revision (`_rev`) is read first and refused when Wix holds another
     * revision (another tab or the backend changed it since it was read); it is written as the next one.
     * Wix Data has no conditional update, so a write landing between this read and this write (a few
     * milliseconds) is not caught here; extend, revoke and the automatic end re-read in the backend too.
     */
    async update<T>(collection: CollectionId, schema: Schema<T>, fields: Fields & { _id: string }): Promise<T> {
      const action = 'update the record';
      const write = typeof fields._rev === 'number' ? await nextRevision(collection, fields as Identified & { _rev: number }) : fields;
      const saved = await callWix(action, async () => (await sdkItems()).update(collection, write));
      return parseItem(schema, saved, action);
    },
    /**
     * Inserts many records with their own `_id`s in bulk calls of up to 1,000 items (one request,
     * not one per record, so a big batch does not run into Wix's rate limit). Returns, per item,
     * why it was not saved (undefined when it was); a call Wix refuses as a whole throws.
     */
    insertMany: (collection: CollectionId, items: Identified[]) =>
      writeInBulk(items, RECORD_EXISTS, async (chunk) => {
        const result = await callWix('save the records', async () => (await sdkItems()).bulkInsert(collection, chunk));
        return { written: result.insertedItemIds, errors: result.errors };
      }),
    /** Updates many records in bulk calls of up to 1,000 items; per item, why it was not updated. */
    updateMany: (collection: CollectionId, items: Identified[]) =>
      writeInBulk(items, 'The record no longer exists.', async (chunk) => {
        const result = await callWix('update the records', async () => (await sdkItems()).bulkUpdate(collection, chunk));
        return { written: result.updatedItemIds, errors: result.errors };
      }),
    async remove(collection: CollectionId, id: string): Promise<void> {
      await callWix('delete the record', async () => (await sdkItems()).remove(collection, id));
    },
  };
}
