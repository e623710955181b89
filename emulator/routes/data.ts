import { Hono, type Context } from 'hono';
import {
  dataBulkInsertRequest,
  dataBulkUpdateRequest,
  dataInsertRequest,
  dataRemoveRequest,
  dataUpdateRequest,
} from '../../src/wix/wire-requests.js';
import { checkDataAccess, collectionItems, itemTooLarge, type DataOperation } from '../collection-access.js';
import { runQuery } from '../data-query.js';
import { asRead, remember } from '../eventual.js';
import type { IdentityEnv } from '../identity.js';
import type { EmulatedDataItem } from '../model.js';
import type { EmulatorStore } from '../store.js';
import { notFound, parseBody, WixHttpError } from '../wix-error.js';

/** Wix Data items (`/wix-data/v2/items...`), as `@wix/data` calls them. */
/** An item in Wix's wire shape (what a lagging read would see is the emulator's own). */
const wire = ({ id, dataCollectionId, data }: EmulatedDataItem) => ({ id, dataCollectionId, data });

export function dataRoutes(store: EmulatorStore) {
  const app = new Hono<IdentityEnv>();
  /** The collection's items, once the caller is allowed the operation on it. */
  const access = (c: Context<IdentityEnv>, id: string, operation: DataOperation) => {
    const items = collectionItems(store.state, id);
    checkDataAccess(c.get('caller'), id, operation);
    return items;
  };
  const sizeChecked = (data: Record<string, unknown>) => {
    const tooLarge = itemTooLarge(data);
    if (tooLarge) throw tooLarge;
    return data;
  };
  const newItemId = (dataItem: { id?: string; data: Record<string, unknown> }) =>
    dataItem.id ?? (typeof dataItem.data._id === 'string' ? dataItem.data._id : store.guid());

  const stamp = (data: Record<string, unknown>, id: string, created?: unknown) => {
    const now = { $date: store.nowIso() };
    return { ...data, _id: id, _createdDate: created ?? now, _updatedDate: now };
  };

  app.post('/items', async (c) => {
    const { dataCollectionId, dataItem } = await parseBody(c, dataInsertRequest);
    const items = access(c, dataCollectionId, 'itemInsert');
    sizeChecked(dataItem.data);
    const id = newItemId(dataItem);
    if (items.some((i) => i.id === id))
      throw new WixHttpError(409, 'WDE0074', `An item with _id [${id}] already exists in ${dataCollectionId}.`);
    const item: EmulatedDataItem = { id, dataCollectionId, data: stamp(dataItem.data, id) };
    remember(store.state, item, null);
    items.push(item);
    store.save();
    return c.json({ dataItem: wire(item) });
  });

  app.post('/items/update', async (c) => {
    const { dataCollectionId, dataItem } = await parseBody(c, dataUpdateRequest);
    const item = access(c, dataCollectionId, 'itemUpdate').find((i) => i.id === dataItem.id);
    sizeChecked(dataItem.data);
    if (!item) throw notFound(`Item ${dataItem.id} in ${dataCollectionId}`);
    remember(store.state, item, item.data);
    item.data = stamp(dataItem.data, item.id, item.data._createdDate);
    store.save();
    return c.json({ dataItem: wire(item) });
  });

  // Bulk calls answer per item, in Wix's shape: a result for each item, failures included.
  const bulkAnswer = (results: { itemMetadata: { success: boolean } }[]) => {
    const totalSuccesses = results.filter((r) => r.itemMetadata.success).length;
    return { results, bulkActionMetadata: { totalSuccesses, totalFailures: results.length - totalSuccesses, undetailedFailures: 0 } };
  };

  app.post('/bulk/items/insert', async (c) => {
    const { dataCollectionId, dataItems } = await parseBody(c, dataBulkInsertRequest);
    const items = access(c, dataCollectionId, 'itemInsert');
    const results = dataItems.map((dataItem, originalIndex) => {
      const id = newItemId(dataItem);
      const tooLarge = itemTooLarge(dataItem.data);
      if (tooLarge) {
        return {
          action: 'INSERT',
          itemMetadata: { id, originalIndex, success: false, error: { code: tooLarge.code, description: tooLarge.message } },
        };
      }
      if (items.some((i) => i.id === id)) {
        const error = { code: 'WDE0074', description: `An item with _id [${id}] already exists in ${dataCollectionId}.` };
        return { action: 'INSERT', itemMetadata: { id, originalIndex, success: false, error } };
      }
      const item: EmulatedDataItem = { id, dataCollectionId, data: stamp(dataItem.data, id) };
      remember(store.state, item, null);
      items.push(item);
      return { action: 'INSERT', itemMetadata: { id, originalIndex, success: true }, dataItem: wire(item) };
    });
    store.save();
    return c.json(bulkAnswer(results));
  });

  app.post('/bulk/items/update', async (c) => {
    const { dataCollectionId, dataItems } = await parseBody(c, dataBulkUpdateRequest);
    const items = access(c, dataCollectionId, 'itemUpdate');
    const results = dataItems.map((dataItem, originalIndex) => {
      const item = items.find((i) => i.id === dataItem.id);
      const tooLarge = itemTooLarge(dataItem.data);
      if (tooLarge) {
        const error = { code: tooLarge.code, description: tooLarge.message };
        return { action: 'UPDATE', itemMetadata: { id: dataItem.id, originalIndex, success: false, error } };
      }
      if (!item) {
        const error = { code: 'WDE0073', description: `Item ${dataItem.id} in ${dataCollectionId} does not exist.` };
        return { action: 'UPDATE', itemMetadata: { id: dataItem.id, originalIndex, success: false, error } };
      }
      remember(store.state, item, item.data);
      item.data = stamp(dataItem.data, item.id, item.data._createdDate);
      return { action: 'UPDATE', itemMetadata: { id: item.id, originalIndex, success: true }, dataItem: wire(item) };
    });
    store.save();
    return c.json(bulkAnswer(results));
  });

  app.post('/items/remove', async (c) => {
    const { dataCollectionId, dataItemId } = await parseBody(c, dataRemoveRequest);
    const items = access(c, dataCollectionId, 'itemRemove');
    const item = items.find((i) => i.id === dataItemId);
    if (!item) throw notFound(`Item ${dataItemId} in ${dataCollectionId}`);
    items.splice(items.indexOf(item), 1);
    store.save();
    return c.json({ dataItem: wire(item) });
  });

  app.get('/items/query', (c) => {
    const encoded = c.req.query('.r');
    if (!encoded) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Missing query.');
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    } catch {
      throw new WixHttpError(400, 'INVALID_ARGUMENT', 'The query is not valid base64 JSON.');
    }
    return c.json(runQuery(store.state, c.get('caller'), raw));
  });
  app.post('/items/query', async (c) => c.json(runQuery(store.state, c.get('caller'), await c.req.json().catch(() => null))));

  app.get('/items/:id', (c) => {
    const dataCollectionId = c.req.query('dataCollectionId');
    if (!dataCollectionId) throw new WixHttpError(400, 'INVALID_ARGUMENT', 'Missing dataCollectionId.');
    const seen = asRead(access(c, dataCollectionId, 'itemRead'), c.req.query('consistentRead') === 'true');
    const item = seen.find((i) => i.id === c.req.param('id'));
    if (!item) throw notFound(`Item ${c.req.param('id')} in ${dataCollectionId}`);
    return c.json({ dataItem: wire(item) });
  });

  return app;
}
