import { beforeEach, describe, expect, it } from 'vitest';
import { checkInviteRows, isReady } from '../../src/access/invite-sheet-check';
import { parseInviteSheet } from '../../src/access/invite-sheet';
import { sendInviteRows } from '../../src/operations/bulk-invites';
import { invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

describe('bulk invites against the emulator', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's account API key is in the app's backend, which sends invites and reads roles with it.
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });

  it('sends 300 people in three roles with exactly three bulkInvite calls, recording and logging each', async () => {
    const before = (await wix.control.requests()).length;
    const roles = ['Blog Writer', 'Website Manager', 'Store Manager'];
    const text = ['Email,Role,Notes', ...Array.from({ length: 300 }, (_, i) => `person${i}@team.example,${roles[i % 3]},Row ${i}`)].join(
      '\n',
    );
    const parsed = parseInviteSheet(text);
    if (!parsed.ok) throw new Error(parsed.problem);
    const site = { ...(await peopleQuery(wix.gateway).queryFn()), invites: await invitesQuery(wix.gateway).queryFn(), now: wix.clock() };
    const ready = checkInviteRows(parsed.rows, site).filter(isReady);
    expect(ready).toHaveLength(300);

    const progress: [number, number][] = [];
    const outcomes = await sendInviteRows(context(), ready, (done, total) => progress.push([done, total]));
    expect(outcomes.filter((o) => o.status === 'sent')).toHaveLength(300);
    expect(outcomes.map((o) => o.line)).toEqual(ready.map((r) => r.line));
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect((await wix.control.requests()).filter((r) => r.path === '/invites/site-invite/bulk')).toHaveLength(3);

    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.invites]?.find((r) => r.data.email === 'person7@team.example')?.data).toMatchObject({
      roleTitle: 'Website Manager',
      reason: 'Row 7',
      status: 'pending',
    });
    expect(
      foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).filter((e) => e.outcome === 'done'),
    ).toHaveLength(300);
    // Wix Data is written in bulk: per role one call for the log intents, one for the records and
    // one for the entries that close them (9 requests, not 900 that would run into Wix's rate limit).
    const writes = (await wix.control.requests())
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path.startsWith('/wix-data/') && !r.path.endsWith('/query'));
    expect(writes.map((r) => r.path).sort()).toEqual([...Array(9).fill('/wix-data/v2/bulk/items/insert')]);
  });

  it('invites nobody and writes nothing for a role when Wix refuses its log write (429)', async () => {
    const { roles } = await peopleQuery(wix.gateway).queryFn();
    const writer = roles.find((r) => r.title === 'Blog Writer');
    if (!writer) throw new Error('seed changed');
    const before = await wix.control.state();
    await wix.control.givenFaults({ path: '/wix-data/v2/bulk/items/insert', status: 429, times: 1 });
    const rows = ['a@team.example', 'b@team.example'].map((email, i) => ({
      line: i + 2,
      email,
      roleText: writer.title,
      role: writer,
      notes: '',
      problem: null,
    }));
    const outcomes = await sendInviteRows(context(), rows);
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed']);
    expect(outcomes[0]?.detail).toMatch(/too many requests/);
    const after = await wix.control.state();
    expect(after.invites).toEqual(before.invites);
    expect(after.collections[COLLECTIONS.accessLog]).toEqual(before.collections[COLLECTIONS.accessLog]);
    expect(after.collections[COLLECTIONS.invites]).toEqual(before.collections[COLLECTIONS.invites]);
  });

  it('marks every row of a role failed with the reason when its call fails, and still sends the other roles', async () => {
    const { roles } = await peopleQuery(wix.gateway).queryFn();
    const writer = roles.find((r) => r.title === 'Blog Writer');
    const manager = roles.find((r) => r.title === 'Website Manager');
    if (!writer || !manager) throw new Error('seed changed');
    const row = (line: number, email: string, role: typeof writer) => ({
      line,
      email,
      roleText: role.title,
      role,
      notes: '',
      problem: null,
    });
    // Dropped twice: the first send and the one that asks Wix whether the first got through.
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', status: 0, times: 2 });
    const outcomes = await sendInviteRows(context(), [
      row(2, 'a@team.example', writer),
      row(3, 'b@team.example', manager),
      row(4, 'c@team.example', writer),
    ]);
    expect(outcomes.map((o) => [o.email, o.status])).toEqual([
      ['a@team.example', 'failed'],
      ['b@team.example', 'sent'],
      ['c@team.example', 'failed'],
    ]);
    expect(outcomes[0]?.detail).toMatch(/could not be reached/);
  });
});
