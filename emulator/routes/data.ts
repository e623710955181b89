import { Hono } from 'hono';
import {
  dataBulkInsertRequest, dataBulkUpdateRequest, dataInsertRequest, dataQueryRequest, dataRemoveRequest, dataUpdateRequest,
} from '../../src/wix/wire-requests.js';
import { matchesFilter, sortItems } from '../data-filter.js';
import type { EmulatedDataItem } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

const DEFAULT_LIMIT = 50;

/** Wix Data items (`/wix-data/v2/items...`), as `@wix/data` calls them. */
export function dataRoutes(store: EmulatorStore) {
  const app = new Hono();
  const collection = (id: string) => {
    const items = store.state.collections[id];
    if (!items) throw new WixHttpError(404, 'WDE0025', `The ${id} collection does not exist. Create it before using it.`);
    return items;
  };

  const stamp = (data: Record<string, unknown>, id: string, created?: unknown) => {
    const now = { $date: store.nowIso() };
    return { ...data, _id: id, _createdDate: created ?? now, _updatedDate: now };
  };

  app.post('/items', async (c) => {
    const { dataCollectionId, dataItem } = await parseBody(c, dataInsertRequest);
    const id = dataItem.id ?? (typeof dataItem.data._id === 'string' ? dataItem.data._id : store.newId('item'));
    const items = collection(dataCollectionId);
    if (items.some((i) => i.id === id)) throw new WixHttpError(409, 'WDE0074', `An item with _id [${id}] already exists in ${dataCollectionId}.`);
    const item: EmulatedDataItem = { id, dataCollectionId, data: stamp(dataItem.data, id) };
    items.push(item);
    store.save();
    return c.json({ dataItem: item });
  });

  app.post('/items/update', async (c) => {
    const { dataCollectionId, dataItem } = await parseBody(c, dataUpdateRequest);
    const item = collection(dataCollectionId).find((i) => i.id === dataItem.id);
    if (!item) throw notFound(`Item ${dataItem.id} in ${dataCollectionId}`);
    item.data = stamp(dataItem.data, item.id, item.data._createdDate);
    store.save();
    return c.json({ dataItem: item });
  });

  // Bulk calls answer per item, in Wix's shape: a result for each item, failures included.
  const bulkAnswer = (results: { itemMetadata: { success: boolean } }[]) => {
    const totalSuccesses = results.filter((r) => r.itemMetadata.success).length;
    return { results, bulkActionMetadata: { totalSuccesses, totalFailures: results.length - totalSuccesses, undetailedFailures: 0 } };
  };

  app.post('/bulk/items/insert', async (c) => {
    const { dataCollectionId, dataItems } = await parseBody(c, dataBulkInsertRequest);
    const items = collection(dataCollectionId);
    const results = dataItems.map((dataItem, originalIndex) => {
      const id = dataItem.id ?? (typeof dataItem.data._id === 'string' ? dataItem.data._id : store.newId('item'));
      if (items.some((i) => i.id === id)) {
        const error = { code: 'WDE0074', description: `An item with _id [${id}] already exists in ${dataCollectionId}.` };
        return { action: 'INSERT', itemMetadata: { id, originalIndex, success: false, error } };
      }
      const item: EmulatedDataItem = { id, dataCollectionId, data: stamp(dataItem.data, id) };
      items.push(item);
      return { action: 'INSERT', itemMetadata: { id, originalIndex, success: true }, dataItem: item };
    });
    store.save();
    return c.json(bulkAnswer(results));
  });

  app.post('/bulk/items/update', async (c) => {
    const { dataCollectionId, dataItems } = await parseBody(c, dataBulkUpdateRequest);
    const items = collection(dataCollectionId);
    const results = dataItems.map((dataItem, originalIndex) => {
      const item = items.find((i) => i.id === dataItem.id);
      if (!item) {
        const error = { code: 'WDE0073', description: `Item ${dataItem.id} in ${dataCollectionId} does not exist.` };
        return { action: 'UPDATE', itemMetadata: { id: dataItem.id, originalIndex, success: false, error } };
      }
      item.data = stamp(dataItem.data, item.id, item.data._createdDate);
      return { action: 'UPDATE', itemMetadata: { id: item.id, originalIndex, success: true }, dataItem: item };
    });
    store.save();
    return c.json(bulkAnswer(results));
  });

  app.post('/items/remove', async (c) => {
    const { dataCollectionId, dataItemId } = await parseBody(c, dataRemoveRequest);
    const items = collection(dataCollectionId);
    const item = items.find((i) => i.id === dataItemId);
    if (!item) throw notFound(`Item ${dataItemId} in ${dataCollectionId}`);
    items.splice(items.indexOf(item), 1);
    store.save();
    return c.json({ dataItem: item });
  });

  const query = (raw: unknown) => {
    const parsed = dataQueryRequest.safeParse(raw);
    if (!parsed.success) throw new WixHttpError(400, 'INVALID_ARGUMENT', `Invalid query: ${parsed.error.issues[0]?.message ?? 'malformed'}.`);
    const { dataCollectionId, query: q } = parsed.data;
    const items = collection(dataCollectionId);
    let matching: EmulatedDataItem[];
    try {
      matching = items.filter((i) => matchesFilter(i.data, q?.filter));
    } catch (error) {
      throw new WixHttpError(400, 'WDE0007', (error as Error).message);
    }
    const sorted = sortItems(matching.map((i) => i.data), q?.sort);
    const limit = q?.paging?.limit ?? DEFAULT_LIMIT;
    const offset = q?.paging?.offset ?? 0;
    const page = sorted.slice(offset, offset + limit);
    return {
      dataItems: page.map((data) => ({ id: String(data._id), dataCollectionId, data })),
      pagingMetadata: { count: page.length, offset, total: sorted.length, tooManyToCount: false, hasNext: offset + limit < sorted.length },
    };
  };

  app.get('/items/query', (c) => {
    const encoded = c.req.query('.r');
    if (!encoded) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Missing query.');
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    } catch {
      throw new WixHttpError(400, 'INVALID_ARGUMENT', 'The query is not valid base64 JSON.');
    }
    return c.json(query(raw));
  });
  app.post('/items/query', async (c) => c.json(query(await c.req.json().catch(() => null))));

  app.get('/items/:id', (c) => {
    const dataCollectionId = c.req.query('dataCollectionId');
    if (!dataCollectionId) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Missing dataCollectionId.');
    const item = collection(dataCollectionId).find((i) => i.id === c.req.param('id'));
    if (!item) throw notFound(`Item ${c.req.param('id')} in ${dataCollectionId}`);
    return c.json({ dataItem: item });
  });

  return app;
}
