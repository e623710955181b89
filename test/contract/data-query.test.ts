import { describe, expect, it } from 'vitest';
import { inviteRecordSchema } from '../../src/access/invite-records';
import { reviewSchema } from '../../src/access/review/review-record';
import { grantSchema } from '../../src/access/support-pass';
import { createEmulatorClient, emulatorFetch, tokenAuth } from '../../src/wix/client';
import { COLLECTIONS } from '../../src/wix/collections';
import { queryItems } from '../../src/wix/data-query';
import { WixError } from '../../src/wix/errors';
import { createGateway } from '../../src/wix/gateway';
import { useEmulator } from '../support/emulator';

/**
 * The page reads the app's records over Wix Data's REST query instead of the `@wix/data` SDK module (which
 * loads with the first write). Held here to the SDK itself, against the emulator: the same request on the
 * wire and the same records (dates as Date) in every collection the page reads when it opens.
 */
describe('reading records over REST, as @wix/data reads them', () => {
  const wix = useEmulator('demo');
  const pageClient = () => createEmulatorClient(wix.emulator.url, tokenAuth(wix.emulator.store.pageToken(wix.emulator.store.state.ownerAccountId)));
  const opening = [COLLECTIONS.invites, COLLECTIONS.grants, COLLECTIONS.reviews, COLLECTIONS.accessRequests, COLLECTIONS.vendors] as const;

  it('gives the same records as the SDK query, dates read as dates, in each collection read on open', async () => {
    for (const collection of opening) {
      const sdk = await wix.client.items.query(collection).ascending('_id').limit(1000).find({ returnTotalCount: true });
      const rest = await queryItems(pageClient(), { collection, where: {}, sort: [{ field: '_id', direction: 'asc' }], limit: 1000, offset: 0, withTotal: true }, 'read');
      expect(rest.items).toEqual(sdk.items);
      expect({ total: rest.total, hasNext: rest.hasNext }).toEqual({ total: sdk.totalCount ?? null, hasNext: sdk.hasNext() });
    }
    const [invite] = (await queryItems(pageClient(), { collection: COLLECTIONS.invites, where: {}, sort: [], limit: 1, offset: 0, withTotal: false }, 'read')).items;
    expect((invite as { sentAt: unknown }).sentAt).toBeInstanceOf(Date);
  });

  it('sends the request the SDK sends for the same query (equality, two sorts, a page, the count)', async () => {
    const sent: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.includes('/wix-data/v2/items/query')) sent.push(`${init?.method ?? 'GET'} ${url.replace(/^.*\/wix-data/, '/wix-data')}`);
      return fetch(url, init);
    };
    const { createClient } = await import('@wix/sdk');
    const { items } = await import('@wix/data');
    const auth = tokenAuth(wix.emulator.store.pageToken(wix.emulator.store.state.ownerAccountId));
    const sdk = createClient({ modules: { items }, auth, fetch: emulatorFetch(wix.emulator.url, recording) });
    await sdk.items.query(COLLECTIONS.grants).eq('status', 'invited').descending('createdAt').ascending('_id').limit(1000).skip(1000).find({ returnTotalCount: true });
    const page = createEmulatorClient(wix.emulator.url, auth, recording);
    await queryItems(page, { collection: COLLECTIONS.grants, where: { status: 'invited' }, sort: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'asc' }], limit: 1000, offset: 1000, withTotal: true }, 'read');
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
  });

  it('parses them with the schemas through the gateway, and reports Wix refusing the read', async () => {
    const gateway = createGateway(pageClient(), wix.backend);
    expect((await gateway.records.list(COLLECTIONS.invites, inviteRecordSchema)).length).toBeGreaterThan(0);
    expect((await gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { status: 'invited' } })).every((g) => g.status === 'invited')).toBe(true);
    expect(await gateway.records.list(COLLECTIONS.reviews, reviewSchema)).toEqual(expect.any(Array));
    await wix.control.givenFaults({ path: '/wix-data/v2/items/query', status: 403, times: 1 });
    const refused = await gateway.records.list(COLLECTIONS.invites, inviteRecordSchema).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WixError);
    expect(refused).toMatchObject({ kind: 'permission', status: 403 });
  });
});
