import { z } from 'zod';
import type { WixClient } from './client';
import type { CollectionId } from './collections';
import { callWix, parseWix } from './errors';

type Fields = Record<string, unknown>;
const PAGE = 1000;

export interface ListOptions {
  /** Field equality filters. */
  where?: Record<string, string | number | boolean>;
  orderBy?: { field: string; direction: 'asc' | 'desc' };
}

/** The app's own records in Wix Data collections, each item parsed with the record's schema. */
export function recordsApi(client: WixClient) {
  const parseItem = <T>(schema: z.ZodType<T>, item: unknown, action: string) => parseWix(schema, item, action);

  return {
    async list<T>(collection: CollectionId, schema: z.ZodType<T>, options: ListOptions = {}): Promise<T[]> {
      const action = `load the app's records (${collection})`;
      return callWix(action, async () => {
        let query = client.items.query(collection).limit(PAGE);
        for (const [field, value] of Object.entries(options.where ?? {})) query = query.eq(field, value);
        if (options.orderBy) {
          const { field, direction } = options.orderBy;
          query = direction === 'desc' ? query.descending(field) : query.ascending(field);
        }
        let page = await query.find();
        const rows: unknown[] = [...page.items];
        while (page.hasNext()) {
          page = await page.next();
          rows.push(...page.items);
        }
        return rows.map((row) => parseItem(schema, row, action));
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
    async remove(collection: CollectionId, id: string): Promise<void> {
      await callWix('delete the record', () => client.items.remove(collection, id));
    },
  };
}
