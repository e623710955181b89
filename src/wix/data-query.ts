import { z } from '../access/zod';
import type { AnyClient } from './client';
import { parseWix, readFetchResponse } from './errors';

/**
 * Wix Data's Query Data Items (documented REST: `POST /wix-data/v2/items/query`), sent as the `@wix/data`
 * SDK sends it: a GET whose body travels base64url-encoded in `?.r=`, and `{"$date": ISO}` values read as
 * dates. The page's reads of the app's records go through this, so the SDK's Wix Data module (~30 kB gzip:
 * query builders, aggregation, search) loads only with the first write. test/contract/data-query.test.ts
 * holds it to the SDK's own query, request and answer.
 */
const QUERY_URL = 'https://www.wixapis.com/wix-data/v2/items/query';

export interface ItemsQuery {
  collection: string;
  /** Field equality, as Wix's filter `{field: value}`. */
  where: Record<string, string | number | boolean>;
  sort: { field: string; direction: 'asc' | 'desc' }[];
  limit: number;
  offset: number;
  withTotal: boolean;
}

export interface ItemsPage { items: unknown[]; total: number | null; hasNext: boolean; nextCursor: string | null }

const answer = z.looseObject({
  dataItems: z._default(z.array(z.looseObject({ data: z.record(z.string(), z.unknown()) })), []),
  pagingMetadata: z.optional(z.looseObject({
    total: z.nullish(z.number()),
    hasNext: z.nullish(z.boolean()),
    cursors: z.nullish(z.looseObject({ next: z.nullish(z.string()) })),
  })),
});

/** UTF-8 JSON in base64url without padding (Wix's `.r` parameter). */
function base64url(text: string): string {
  const binary = Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** `{"$date": ISO}` anywhere in a record → Date, as the SDK reads them. */
function decodeDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeDates);
  if (typeof value !== 'object' || value === null) return value;
  if ('$date' in value && typeof value.$date === 'string' && Number.isNaN(Number(value.$date)) && !Number.isNaN(new Date(value.$date).getTime())) return new Date(value.$date);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decodeDates(inner)]));
}

async function send(client: AnyClient, body: object, action: string): Promise<ItemsPage> {
  const response = await client.fetchWithAuth(`${QUERY_URL}?.r=${base64url(JSON.stringify(body))}`, { method: 'GET' });
  const parsed = parseWix(answer, await readFetchResponse(response, action), action);
  const paging = parsed.pagingMetadata;
  return {
    items: parsed.dataItems.map((item) => decodeDates(item.data)),
    total: paging?.total ?? null,
    hasNext: paging?.hasNext ?? false,
    nextCursor: paging?.cursors?.next ?? null,
  };
}

/** One page of records. Throws what `readFetchResponse` throws; the caller names the action through `callWix`. */
export function queryItems(client: AnyClient, q: ItemsQuery, action: string): Promise<ItemsPage> {
  const sort = q.sort.map(({ field, direction }) => ({ fieldName: field, order: direction === 'desc' ? 'DESC' : 'ASC' }));
  const query = { fields: [], paging: { limit: q.limit, offset: q.offset }, filter: q.where, sort };
  return send(client, { dataCollectionId: q.collection, query, includeReferences: [], ...(q.withTotal ? { returnTotalCount: true } : {}) }, action);
}

/** The page after one that gave a cursor (the SDK then sends the cursor alone). */
export function queryItemsAfter(client: AnyClient, collection: string, cursor: string, limit: number, action: string): Promise<ItemsPage> {
  return send(client, { dataCollectionId: collection, query: { fields: [], cursorPaging: { limit, cursor } }, includeReferences: [] }, action);
}
