import { describe, expect, it } from 'vitest';
import { chainAfter } from '../../src/access/log-chain';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';

const COUNT = 50_000;

describe('verifying a 50,000-entry log pages through it', () => {
  const wix = useEmulator('empty');
  const stored = () => wix.emulator.store.state.collections[COLLECTIONS.accessLog] ?? [];
  const dataQueries = async () => (await wix.control.requests()).filter((r) => r.path === '/wix-data/v2/items/query').length;

  /** 50,000 chained entries written straight into the emulator's collection (as the backend would have). */
  const givenChain = async () => {
    const start = wix.clock().getTime() - COUNT * 60_000;
    const drafts = Array.from({ length: COUNT }, (_, i) => ({
      at: new Date(start + i * 60_000),
      action: 'review-decision',
      subjectEmail: `person${i}@example.com`,
      subjectName: `Person ${i}`,
      role: 'Blog Writer',
      reason: `Reason ${i}`,
      actor: 'Maya Levin (owner)',
      outcome: 'done',
      detail: '',
    }));
    const chained = await chainAfter(null, drafts);
    const items = stored();
    for (const entry of chained)
      items.push({ id: entry._id, dataCollectionId: COLLECTIONS.accessLog, data: { ...entry, at: { $date: entry.at.toISOString() } } });
    return chained;
  };

  it('checks every entry in 1,000-entry keyset pages (51 queries, one page held at a time) and finds an edit near the end', async () => {
    const chained = await givenChain();
    const before = await dataQueries();
    const check = await wix.gateway.log.verify();
    expect(check).toMatchObject({ intact: true, count: COUNT, headHash: chained.at(-1)?.hash, unchained: 0 });
    // 50 full pages, the empty one after them, and the count of entries written before the chain.
    const queries = (await dataQueries()) - before;
    expect(queries).toBeLessThanOrEqual(Math.ceil(COUNT / 1000) + 3);

    const edited = stored().find((i) => i.data.seq === 49_990);
    if (!edited) throw new Error('no #49,990');
    edited.data.detail = 'x';
    await expect(wix.gateway.log.verify()).resolves.toMatchObject({ intact: false, problem: { kind: 'changed', seq: 49_990 } });
  }, 120_000);
});
