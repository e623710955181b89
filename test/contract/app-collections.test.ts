import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { failure, rest } from './wire-helpers';

describe('app collections and bad input, as Wix answers them', () => {
  const wix = useEmulator('demo');

  describe('app collections', () => {
    it('answers a bare collection id with 404 WDE0025, for every identity', async () => {
      const key = await wix.keyClient();
      for (const client of [wix.client, wix.appClient, key]) {
        expect((await failure(client.items.query('SiteAccessGrants').find())).code).toBe('WDE0025');
        const raw = await rest(client, 'POST', '/wix-data/v2/items', {
          dataCollectionId: 'SiteAccessGrants',
          dataItem: { data: { a: 1 } },
        });
        expect(raw).toMatchObject({ status: 404, body: { details: { applicationError: { code: 'WDE0025' } } } });
      }
    });

    it('lets the owner’s page, the app and a key use the declared (namespaced) ones', async () => {
      const key = await wix.keyClient();
      for (const [n, client] of [wix.client, wix.appClient, key].entries()) {
        await client.items.insert(COLLECTIONS.accessLog, { n });
      }
      // Read at once after the writes: asked consistently (Wix Data reads are otherwise eventually consistent).
      const saved = await wix.client.items.query(COLLECTIONS.accessLog).ascending('n').find({ consistentRead: true });
      expect(saved.items.map((i) => i.n)).toEqual([0, 1, 2]);
      // Ids Wix generates are GUIDs.
      expect(saved.items.every((i) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(i._id)))).toBe(
        true,
      );
    });

    it('keeps PRIVILEGED collections from a Blog Writer’s page (403 WDE0027); an Admin’s page may', async () => {
      const writer = wix.pageClientFor('acc-sam');
      expect(await failure(writer.items.query(COLLECTIONS.invites).find())).toMatchObject({ code: 'WDE0027' });
      expect(
        (await rest(writer, 'POST', '/wix-data/v2/items', { dataCollectionId: COLLECTIONS.grants, dataItem: { data: {} } })).status,
      ).toBe(403);
      expect((await wix.pageClientFor('acc-daniel').items.query(COLLECTIONS.invites).find()).items).toHaveLength(2);
    });

    it('counts the matches only when asked (returnTotalCount)', async () => {
      const plain = await wix.client.items.query(COLLECTIONS.invites).find();
      const counted = await wix.client.items.query(COLLECTIONS.invites).find({ returnTotalCount: true });
      expect([plain.totalCount, counted.totalCount]).toEqual([undefined, 2]);
      const paged = await wix.client.items.query(COLLECTIONS.invites).limit(1).find();
      expect(paged.hasNext()).toBe(true);
    });

    it('refuses a page of more than 1,000 items with 400', async () => {
      expect(await failure(wix.client.items.query(COLLECTIONS.invites).limit(1001).find())).toMatchObject({ code: 'WDE0036' });
      const raw = await rest(wix.client, 'POST', '/wix-data/v2/items/query', {
        dataCollectionId: COLLECTIONS.invites,
        query: { paging: { limit: 5000 } },
      });
      expect(raw.status).toBe(400);
    });
  });

  describe('bad input leaves the emulator working', () => {
    const stillAnswers = async () => {
      expect((await wix.client.items.query(COLLECTIONS.invites).find()).items).toHaveLength(2);
      expect(Number.isNaN(Date.parse((await wix.control.state()).now))).toBe(false);
    };

    it('refuses a clock moved past what dates can hold', async () => {
      for (const body of [
        { advanceDays: 1e308 },
        { advanceDays: -1e308 },
        { advanceDays: 36_501 },
        { set: '+010000-01-01T00:00:00Z' },
        { set: '1969-12-31T23:59:59Z' },
      ]) {
        const response = await fetch(new URL('_emulator/clock', wix.emulator.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect([body, response.status]).toEqual([body, 400]);
        expect(await response.json()).toMatchObject({ details: { applicationError: { code: 'INVALID_ARGUMENT' } } });
      }
      await expect(wix.control.advanceDays(36_500)).resolves.toBeTruthy();
      await stillAnswers();
    });

    it('has no collection behind a prototype name', async () => {
      for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        expect((await failure(wix.client.items.query(id).find())).code).toBe('WDE0025');
        const insert = await rest(wix.appClient, 'POST', '/wix-data/v2/items', { dataCollectionId: id, dataItem: { data: { a: 1 } } });
        expect([id, insert.status, insert.body.details?.applicationError?.code]).toEqual([id, 404, 'WDE0025']);
      }
      await stillAnswers();
    });

    it('refuses an item over 500 KB (400 WDE0009) and a 50 MB body (413), in Wix’s envelope', async () => {
      const big = await rest(wix.client, 'POST', '/wix-data/v2/items', {
        dataCollectionId: COLLECTIONS.accessLog,
        dataItem: { data: { blob: 'x'.repeat(600 * 1024) } },
      });
      expect(big).toMatchObject({ status: 400, body: { details: { applicationError: { code: 'WDE0009' } } } });
      // @wix/data turns any 413 into its own WDE0109 "Payload is too large." (ApiClient.withErrorHandling).
      const fromSdk = await wix.client.items.insert(COLLECTIONS.accessLog, { blob: 'x'.repeat(50 * 1024 * 1024) }).catch((e: unknown) => e);
      expect((fromSdk as Error).message).toBe('WDE0109: Payload is too large.');
      const huge = await rest(wix.client, 'POST', '/wix-data/v2/items', {
        dataCollectionId: COLLECTIONS.accessLog,
        dataItem: { data: { blob: 'x'.repeat(50 * 1024 * 1024) } },
      });
      expect(huge).toMatchObject({ status: 413, body: { details: { applicationError: { code: 'PAYLOAD_TOO_LARGE' } } } });
      expect((await wix.control.state()).collections[COLLECTIONS.accessLog]).toEqual([]);
      await stillAnswers();
    });
  });
});
