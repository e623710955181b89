import { describe, expect, it } from 'vitest';
import { logEntrySchema, type LogEntry } from '../../src/access/access-log';
import { chainAfter, chainId } from '../../src/access/log-chain';
import { logDone, logIntent, logIntents, logOutcome, type OperationContext } from '../../src/operations/log';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';

describe('the access log as a hash chain (appendLog, verifyLog, against the emulator)', () => {
  const wix = useEmulator('demo');
  const context = (): OperationContext => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const stored = () => wix.emulator.store.state.collections[COLLECTIONS.accessLog] ?? [];
  const chained = () =>
    stored()
      .filter((i) => typeof i.data.seq === 'number')
      .sort((a, b) => Number(a.data.seq) - Number(b.data.seq));
  const item = (seq: number) => {
    const found = stored().find((i) => i.data.seq === seq);
    if (!found) throw new Error(`no entry #${seq}`);
    return found;
  };
  const verify = () => wix.gateway.log.verify();
  const someEntries = async (count: number) => {
    const written = await logIntents(
      context(),
      Array.from({ length: count }, (_, i) => ({ action: 'removed' as const, subjectEmail: `p${i}@example.com`, reason: `r${i}` })),
    );
    return written.map((w) => ('entry' in w ? w.entry : null)).filter((e): e is LogEntry => e !== null);
  };

  it('numbers and hashes every entry; an outcome is a new entry that closes the first, which never changes', async () => {
    const intent = await logIntent(context(), { action: 'removed', subjectEmail: 'sam@example.com', reason: 'Left the team' });
    const before = structuredClone(item(intent.seq ?? 0).data);
    await logOutcome(wix.gateway, intent, 'done', 'Removed.');
    expect(intent._id).toBe(chainId(1));
    expect(item(1).data).toEqual(before);
    expect(item(2).data).toMatchObject({ seq: 2, closes: intent._id, outcome: 'done', detail: 'Removed.', prevHash: before.hash });
    await expect(verify()).resolves.toMatchObject({ intact: true, count: 2, headHash: item(2).data.hash });
  });

  it('pinpoints an entry edited directly in the collection', async () => {
    await someEntries(5);
    item(3).data.reason = 'r2 (edited)';
    const check = await verify();
    expect(check).toMatchObject({ intact: false, problem: { kind: 'changed', seq: 3 } });
    if (!check.intact) expect(check.problem.message).toMatch(/Entry #3 .* was changed after it was written/);
  });

  it('pinpoints an entry edited through the CMS by the owner (Wix Data update as a page user)', async () => {
    await someEntries(3);
    const { _id, _createdDate, _updatedDate, ...fields } = item(2).data;
    await wix.client.items.update(COLLECTIONS.accessLog, { ...fields, _id: String(_id), outcome: 'failed' });
    await expect(verify()).resolves.toMatchObject({ intact: false, problem: { kind: 'changed', seq: 2 } });
  });

  it('pinpoints a removed entry', async () => {
    await someEntries(5);
    const items = stored();
    items.splice(items.indexOf(item(4)), 1);
    const check = await verify();
    expect(check).toMatchObject({ intact: false, problem: { kind: 'removed', seq: 4 } });
    if (!check.intact) expect(check.problem.message).toMatch(/Entry #4 is missing/);
  });

  it('pinpoints an inserted entry: a copy with a number already taken, a forged id, or one without a number', async () => {
    await someEntries(4);
    stored().push({
      ...item(2),
      id: 'f0000000-0000-4000-8000-000000000002',
      data: { ...item(2).data, _id: 'f0000000-0000-4000-8000-000000000002', reason: 'forged' },
    });
    await expect(verify()).resolves.toMatchObject({ intact: false, problem: { kind: 'inserted', seq: 2 } });
    stored().pop();
    await wix.client.items.insert(COLLECTIONS.accessLog, {
      at: wix.clock(),
      action: 'invited',
      subjectEmail: 'ghost@example.com',
      outcome: 'done',
    });
    const check = await verify();
    expect(check).toMatchObject({ intact: false, problem: { kind: 'inserted' } });
    if (!check.intact) expect(check.problem.message).toMatch(/ghost@example.com.*Site Access did not write it/);
  });

  it('reports entries written before the chain began as not covered', async () => {
    await wix.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, {
      at: new Date(wix.clock().getTime() - 86_400_000),
      action: 'invited',
      subjectEmail: 'old@example.com',
      outcome: 'done',
    });
    await someEntries(2);
    const check = await verify();
    expect(check).toMatchObject({ intact: true, count: 2 });
    expect(check.unchained).toBeGreaterThan(0);
  });

  it('keeps one chain when many appends race (the backend queues them; the ids refuse a second #n)', async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => logDone(context(), { action: 'review-decision', subjectEmail: `r${i}@example.com` })),
    );
    expect(chained().map((i) => i.data.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    await expect(verify()).resolves.toMatchObject({ intact: true, count: 12 });
  });

  it('re-chains after another backend instance took the next number mid-batch (its later entries are not left dangling)', async () => {
    await someEntries(2);
    // This instance's insert of #3–#5 is held up; meanwhile another instance appends #3 (written straight into the store).
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/bulk/items/insert', delayMs: 400, nth: 1 });
    const writing = someEntries(3);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const at = wix.clock();
    const [theirs] = await chainAfter({ seq: 2, hash: String(item(2).data.hash) }, [
      { at, action: 'invited', subjectEmail: 'other@example.com', outcome: 'done' },
    ]);
    if (!theirs) throw new Error('nothing chained');
    stored().push({ id: theirs._id, dataCollectionId: COLLECTIONS.accessLog, data: { ...theirs, at: { $date: at.toISOString() } } });
    const mine = await writing;
    expect(mine.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(item(3).data.subjectEmail).toBe('other@example.com');
    await expect(verify()).resolves.toMatchObject({ intact: true, count: 6 });
  });

  it('settles an insert whose answer was lost by reading what is there: logged once, chain intact', async () => {
    await someEntries(2);
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/bulk/items/insert', lose: true, nth: 1 });
    const mine = await someEntries(3);
    expect(mine.map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(chained()).toHaveLength(5);
    await expect(verify()).resolves.toMatchObject({ intact: true, count: 5 });
  });

  it('reports an insert Wix refuses outright (503) and logs nothing; the next append continues the chain', async () => {
    await someEntries(1);
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/bulk/items/insert', status: 503, nth: 1 });
    await expect(someEntries(2)).rejects.toMatchObject({ kind: 'server' });
    expect((await someEntries(1)).map((e) => e.seq)).toEqual([2]);
    await expect(verify()).resolves.toMatchObject({ intact: true, count: 2 });
  });

  it('checks the written entries and the 200 before them after each write, and writes what it finds into the log, once', async () => {
    await someEntries(3);
    item(2).data.detail = 'edited';
    await someEntries(1);
    await someEntries(1);
    const notes = stored().filter((i) => i.data.action === 'log-check');
    expect(notes.map((i) => i.data)).toEqual([
      expect.objectContaining({
        outcome: 'failed',
        detail: expect.stringMatching(/^Entry #2 .* was changed after it was written/),
        seq: 5,
      }),
    ]);
  });

  it('lets only the owner or a co-owner append through the web method; a blog writer is refused, and that is logged', async () => {
    const answer = await wix
      .backendFor('acc-sam')
      .appendLog([{ at: wix.clock().toISOString(), action: 'removed', subjectEmail: 'x@example.com', outcome: 'done' }]);
    expect(answer).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed', message: 'Only the site owner or a co-owner can write the access log.' },
    });
    expect(chained().map((i) => [i.data.action, i.data.subjectName])).toEqual([['refused', 'Sam Ortiz']]);
    await expect(wix.backendFor('acc-sam').verifyLog()).resolves.toMatchObject({ ok: true, value: { intact: true, count: 1 } });
  });

  it('signs each entry the page sends with the caller the backend verified, not the name the page wrote', async () => {
    const answer = await wix.backend.appendLog([
      { at: wix.clock().toISOString(), action: 'removed', subjectEmail: 'x@example.com', actor: 'Somebody Else', outcome: 'done' },
    ]);
    expect(answer).toMatchObject({ ok: true });
    expect(chained().map((i) => i.data.actor)).toEqual(['The site owner']);
  });

  it("stamps every entry the page sends with the backend's clock: nothing can be backdated to 2019 or pinned on top in 9999 (#26.9)", async () => {
    const now = wix.clock().getTime();
    const answer = await wix.backend.appendLog([
      { at: '2019-01-01T00:00:00.000Z', action: 'removed', subjectEmail: 'x@example.com', outcome: 'done' },
      { at: '9999-12-31T00:00:00.000Z', action: 'removed', subjectEmail: 'y@example.com', outcome: 'done' },
    ]);
    expect(answer).toMatchObject({ ok: true });
    const stamped = chained().map((i) => new Date(String((i.data.at as { $date?: string }).$date ?? i.data.at)).getTime());
    for (const at of stamped) expect(Math.abs(at - now)).toBeLessThan(60_000);
  });
});
