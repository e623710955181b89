import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { startOpeningReads } from '../../src/app/opening-reads';
import type { Backend } from '../../src/contract/commands';
import { decisionRecordFields } from '../../src/access/review/decision-record';
import { startReview } from '../../src/operations/reviews';
import { invitesQuery } from '../../src/page/site-queries';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client';
import { COLLECTIONS } from '../../src/wix/collections';
import { createGateway } from '../../src/wix/gateway';
import { useEmulator } from '../support/emulator';
import { recordedBackend, recordedFetch, type Sent } from '../support/recorded-requests';

/** Starts the page's opening reads and waits for every one of them to answer or fail. */
async function open(gateway: ReturnType<typeof createGateway>, backend?: Backend) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  startOpeningReads(client, gateway, 'review', backend);
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.all(
    client
      .getQueryCache()
      .getAll()
      .map((q) => q.fetch().catch(() => undefined)),
  );
  const data = (key: string) =>
    client
      .getQueryCache()
      .getAll()
      .find((q) => q.queryKey.join() === key)?.state;
  return { data, client };
}

describe('requests on open: a big site opens in one wave of three requests', { timeout: 90_000 }, () => {
  const wix = useEmulator('stress');

  /** 5,000 contributors and 2,500 invite records (the stress seed has 1,000 and 500; the rest through Wix Data's bulk insert). */
  async function bigSite() {
    const { store } = wix.emulator;
    const [sample] = store.state.contributors.filter((c) => !c.policyIds.includes('role-owner'));
    for (let i = 1001; i <= 5000; i++)
      store.state.contributors.push({
        ...sample,
        accountId: `acc-${i}`,
        userId: `usr-${i}`,
        fullName: `Contributor ${i}`,
        email: `person${i}@example.com`,
      } as (typeof store.state.contributors)[number]);
    const now = wix.clock().toISOString();
    const records = Array.from({ length: 2000 }, (_, i) => ({
      _id: `rec-extra-${i}`,
      inviteId: `inv-extra-${i}`,
      email: `extra${i}@example.com`,
      roleId: 'role-blog-writer',
      roleTitle: 'Blog Writer',
      reason: `Extra ${i}`,
      sentAt: now,
      expiresAt: now,
      status: 'pending',
    }));
    expect((await wix.gateway.records.insertMany(COLLECTIONS.invites, records)).filter(Boolean)).toEqual([]);
  }

  const pageGateway = (sent: Sent[], accountId = wix.emulator.store.state.ownerAccountId, backend = wix.backend) =>
    createGateway(createEmulatorClient(wix.emulator.url, tokenAuth(wix.emulator.store.pageToken(accountId)), recordedFetch(sent)), backend);

  it('reads a list of 2,500 records in three pages, the later two sent before the first of them answers', async () => {
    await bigSite();
    const sent: Sent[] = [];
    const invites = await invitesQuery(pageGateway(sent)).queryFn();
    expect(invites).toHaveLength(2500);
    expect(sent.map((s) => s.offset).sort((a, b) => a - b)).toEqual([0, 1000, 2000]);
    const later = sent.filter((s) => s.offset > 0);
    expect(later.every((s) => s.start < Math.min(...later.map((l) => l.end)))).toBe(true);
  });

  it('opens at 5,000 contributors + 2,500 invites, with a review of 1,500 decisions in progress, with three requests sent together', async () => {
    await bigSite();
    const review = await startReview({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' }, 'full-quarterly');
    // 1,500 decisions saved, each in its own record (in bulk here, as if clicked one by one).
    const decisions = wix.emulator.store.state.contributors.slice(0, 1500).map((person) =>
      decisionRecordFields(review._id, {
        subjectKey: `person:${person.accountId}`,
        subjectType: 'person',
        subjectEmail: person.email,
        subjectName: person.fullName,
        role: 'Blog Writer',
        decision: 'keep',
        reason: 'Still writes for the blog',
        at: wix.clock(),
      }),
    );
    expect((await wix.gateway.records.insertMany(COLLECTIONS.reviewDecisions, decisions)).filter(Boolean)).toEqual([]);
    const sent: Sent[] = [];
    const backend = recordedBackend(wix.backend, sent);
    const { data } = await open(pageGateway(sent, undefined, backend), backend);

    // The page: the contributors (Wix's REST read, as the signed-in user), the roles catalogue (a web method: Wix gives
    // it only to the owner's key) and the opening web method; all on their way before any answers.
    expect(sent.map((s) => s.what).sort()).toEqual([
      '/roles-management/v2/contributors/query',
      'web method openingRecords',
      'web method rolesCatalogue',
    ]);
    expect(sent.every((s) => s.start < Math.min(...sent.map((x) => x.end)))).toBe(true);
    expect((data('site,invites')?.data as unknown[]).length).toBe(2500);
    expect((data('site,people')?.data as { people: unknown[] }).people.length).toBe(5000);
    const reviews = data('review,reviews')?.data as { _id: string; decisions: unknown[] }[];
    expect(reviews.find((r) => r._id === review._id)?.decisions).toHaveLength(1500);
    expect(data('me')?.data).toMatchObject({ name: 'The site owner', canManage: true });
    expect(data('site,grants')?.status).toBe('success');
    expect(data('site,access-requests')?.status).toBe('success');
    expect(data('site,api-key')?.data).toEqual({ connected: false });
  });

  it('takes the opening answer once: a refetch after a change reads it again', async () => {
    const { data, client } = await open(pageGateway([]), wix.backend);
    expect(data('site,api-key')?.data).toEqual({ connected: false });
    await wix.connectKey();
    await client.refetchQueries({ queryKey: ['site', 'api-key'] });
    expect(data('site,api-key')?.data).toEqual({ connected: true });
  });

  it('gives someone who may not manage access no records: their page asks Wix itself, and Wix decides', async () => {
    const writer = wix.emulator.store.state.contributors.find((c) => c.policyIds.includes('role-blog-writer'));
    if (!writer) throw new Error('the stress seed has blog writers');
    const answer = await wix.backendFor(writer.accountId).openingRecords();
    expect(answer).toMatchObject({ ok: true, value: { me: { accountId: writer.accountId, canManage: false }, records: null } });

    const sent: Sent[] = [];
    const backend = wix.backendFor(writer.accountId);
    const { data } = await open(pageGateway(sent, writer.accountId, backend), backend);
    expect(data('me')?.data).toMatchObject({ canManage: false });
    // The page's own read, as the writer: the invite records' collection is for the owner and co-owners only.
    expect(sent.filter((s) => s.what === COLLECTIONS.invites)).toHaveLength(1);
    expect(data('site,invites')?.status).toBe('error');
    expect(String(data('site,invites')?.error)).toMatch(/permission|not allowed|isn't allowed|doesn't have/i);
  });

  it('reads the lists itself when the backend cannot be reached, and says it could not find out who is signed in', async () => {
    const unreachable = new Proxy(wix.backend, { get: () => () => Promise.reject(new TypeError('Failed to fetch')) });
    const sent: Sent[] = [];
    const { data } = await open(pageGateway(sent), unreachable);
    expect((data('site,invites')?.data as unknown[]).length).toBe(500);
    expect(sent.map((s) => s.what)).toEqual(
      expect.arrayContaining([COLLECTIONS.invites, COLLECTIONS.grants, COLLECTIONS.reviews, COLLECTIONS.accessRequests]),
    );
    expect(data('me')?.status).toBe('error');
    expect(String(data('me')?.error)).toMatch(/couldn't find out who is signed in: the app's backend could not be reached/i);
  });
});
