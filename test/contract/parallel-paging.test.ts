import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { startOpeningReads } from '../../src/app/opening-reads';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client';
import { COLLECTIONS } from '../../src/wix/collections';
import { createGateway } from '../../src/wix/gateway';
import { useEmulator } from '../support/emulator';

/** Each Wix Data query the page sends: when it left, when its answer was in, and the offset it asked for. */
interface Sent { path: string; collection: string; offset: number; start: number; end: number }

/** @wix/data sends a query as GET with the request base64-encoded in `.r` (or as POST with it in the body). */
function dataQueryOf(url: string, body: string): { collection: string; offset: number } {
  const encoded = new URL(url).searchParams.get('.r');
  const text = encoded ? Buffer.from(encoded, 'base64url').toString('utf8') : body;
  const parsed: unknown = text ? JSON.parse(text) : null;
  const request = (parsed ?? {}) as { dataCollectionId?: string; query?: { paging?: { offset?: number } } };
  return { collection: request.dataCollectionId ?? '', offset: request.query?.paging?.offset ?? 0 };
}

describe('parallel paging: a long list is one wave of requests', { timeout: 60_000 }, () => {
  const wix = useEmulator('stress');

  /** 5,000 contributors and 2,500 invite records (the stress seed has 1,000 and 500; the rest through Wix Data's bulk insert). */
  async function bigSite() {
    const { store } = wix.emulator;
    const [sample] = store.state.contributors.filter((c) => !c.policyIds.includes('role-owner'));
    for (let i = 1000; i < 5000; i++) store.state.contributors.push({ ...sample, accountId: `acc-${i}`, fullName: `Contributor ${i}`, email: `person${i}@example.com` } as typeof store.state.contributors[number]);
    const now = wix.clock().toISOString();
    const records = Array.from({ length: 2000 }, (_, i) => ({
      _id: `rec-extra-${i}`, inviteId: `inv-extra-${i}`, email: `extra${i}@example.com`, roleId: 'role-blog-writer', roleTitle: 'Blog Writer',
      reason: `Extra ${i}`, sentAt: now, expiresAt: now, status: 'pending',
    }));
    expect((await wix.gateway.records.insertMany(COLLECTIONS.invites, records)).filter(Boolean)).toEqual([]);
  }

  it('opens at 5,000 contributors + 2,500 invites with the later invite pages sent before the first of them answers', async () => {
    await bigSite();
    const sent: Sent[] = [];
    const timed: typeof fetch = async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const body = typeof init?.body === 'string' ? init.body : '';
      const { collection, offset } = dataQueryOf(url, body);
      const entry: Sent = { path: new URL(url).pathname, collection, offset, start: performance.now(), end: Infinity };
      sent.push(entry);
      const response = await fetch(input, init);
      entry.end = performance.now();
      return response;
    };
    const pageToken = wix.emulator.store.pageToken(wix.emulator.store.state.ownerAccountId);
    const gateway = createGateway(createEmulatorClient(wix.emulator.url, tokenAuth(pageToken), timed), wix.backend);
    const before = (await wix.control.requests()).length;
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    startOpeningReads(queryClient, gateway, 'review', wix.backend);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await Promise.all(queryClient.getQueryCache().getAll().map((q) => q.fetch()));
    const invites = queryClient.getQueryCache().getAll().find((q) => q.queryKey.join() === 'site,invites')?.state.data;
    expect(Array.isArray(invites) ? invites.length : 0).toBe(2500);

    // Besides the page's own, the backend's who-am-I asks Wix twice (token info, the caller's contributors).
    const requests = (await wix.control.requests()).slice(before);
    expect(requests.length).toBe(sent.length + 2);
    const later = sent.filter((s) => s.collection === COLLECTIONS.invites && s.offset > 0);
    expect(later.map((s) => s.offset).sort((a, b) => a - b)).toEqual([1000, 2000]);
    const firstLaterAnswer = Math.min(...later.map((s) => s.end));
    expect(later.every((s) => s.start < firstLaterAnswer)).toBe(true);
    // From the page: the contributors, the reviews, the passes, the access requests (the Requests tab's count and
    // the review's re-check findings) and the invites' three pages (1,000 a query is Wix's limit, so 2,500
    // invite records cannot take fewer than three).
    expect(sent.map((s) => s.collection || s.path).sort()).toEqual([
      COLLECTIONS.accessRequests, COLLECTIONS.grants, COLLECTIONS.invites, COLLECTIONS.invites, COLLECTIONS.invites, COLLECTIONS.reviews, '/roles-management/v2/contributors/query',
    ].sort());
  });
});
