import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inviteRecordSchema } from '../../src/access/invite-records';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';

const note = z.object({ _id: z.string(), email: z.string(), at: z.coerce.date(), n: z.number() });

describe('app records through @wix/data items', () => {
  const wix = useEmulator('demo');

  it('reads the invite records the demo seed holds, dates as dates', async () => {
    const invites = await wix.gateway.records.list(COLLECTIONS.invites, inviteRecordSchema, {
      orderBy: { field: 'sentAt', direction: 'desc' },
    });
    expect(invites.map((i) => i.email)).toEqual(['alex@ledgerlane.co', 'jordan.lens@gmail.com']);
    expect(invites[0]?.expiresAt).toBeInstanceOf(Date);
  });

  it('inserts, updates, filters, sorts and removes', async () => {
    const at = new Date('2026-11-01T10:00:00Z');
    const first = await wix.gateway.records.insert(COLLECTIONS.accessLog, note, { email: 'a@example.com', at, n: 1 });
    await wix.gateway.records.insert(COLLECTIONS.accessLog, note, { email: 'b@example.com', at: new Date('2026-11-02T10:00:00Z'), n: 2 });
    expect(first.at.toISOString()).toBe(at.toISOString());
    await wix.gateway.records.update(COLLECTIONS.accessLog, note, { ...first, n: 5 });
    const onlyA = await wix.gateway.records.list(COLLECTIONS.accessLog, note, { where: { email: 'a@example.com' } });
    expect(onlyA.map((r) => r.n)).toEqual([5]);
    const newestFirst = await wix.gateway.records.list(COLLECTIONS.accessLog, note, { orderBy: { field: 'at', direction: 'desc' } });
    expect(newestFirst.map((r) => r.email)).toEqual(['b@example.com', 'a@example.com']);
    await wix.gateway.records.remove(COLLECTIONS.accessLog, first._id);
    expect((await wix.control.state()).collections[COLLECTIONS.accessLog]).toHaveLength(1);
  });

  it('writes many records in one bulk call, reporting per item what Wix did not write', async () => {
    const at = new Date('2026-11-03T10:00:00Z');
    const items = ['x', 'y', 'x'].map((id, n) => ({ _id: id, email: `${id}@example.com`, at, n }));
    // The second "x" already exists by then: Wix skips it and says so for that item only.
    expect(await wix.gateway.records.insertMany(COLLECTIONS.accessLog, items)).toEqual([
      undefined,
      undefined,
      'A record with this id already exists.',
    ]);
    const saved = await wix.gateway.records.list(COLLECTIONS.accessLog, note, { orderBy: { field: 'n', direction: 'asc' } });
    expect(saved.map((r) => [r._id, r.n, r.at.toISOString()])).toEqual([
      ['x', 0, at.toISOString()],
      ['y', 1, at.toISOString()],
    ]);
    const updates = [
      { ...items[1], _id: 'y', n: 7 },
      { ...items[0], _id: 'gone', n: 8 },
    ];
    expect(await wix.gateway.records.updateMany(COLLECTIONS.accessLog, updates)).toEqual([undefined, 'The record no longer exists.']);
    expect((await wix.gateway.records.list(COLLECTIONS.accessLog, note, { where: { email: 'y@example.com' } }))[0]?.n).toBe(7);
    expect((await wix.control.requests()).filter((r) => r.path.startsWith('/wix-data/v2/bulk/'))).toHaveLength(2);
  });

  it('reads every page of a large collection', async () => {
    await wix.control.reset('stress');
    const invites = await wix.gateway.records.list(COLLECTIONS.invites, inviteRecordSchema);
    expect(invites).toHaveLength(500);
  });

  it('reports a record that does not match its schema as an unexpected response, not a crash', async () => {
    await wix.gateway.records.insert(COLLECTIONS.accessLog, z.unknown(), { email: 42 });
    await expect(wix.gateway.records.list(COLLECTIONS.accessLog, note)).rejects.toMatchObject({ kind: 'unexpected-response' });
  });

  it('reports a missing collection clearly', async () => {
    await expect(wix.gateway.records.list('NoSuchCollection' as typeof COLLECTIONS.invites, note)).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
      code: 'WDE0025',
    });
  });
});

describe('reminders through @wix/crm tasks', () => {
  const wix = useEmulator('empty');

  it('creates a task in Tasks & Reminders, moves it and completes it', async () => {
    const due = new Date('2026-12-01T09:00:00Z');
    const task = await wix.gateway.reminders.create({ title: 'Revoke support@powr.io (Website Manager) — ticket 4711', dueDate: due });
    expect(task).toMatchObject({ status: 'ACTION_NEEDED', dueDate: due });
    const moved = await wix.gateway.reminders.reschedule(task, new Date('2026-12-08T09:00:00Z'));
    const done = await wix.gateway.reminders.complete(moved);
    expect(done.status).toBe('COMPLETED');
    const found = await wix.gateway.reminders.get(task._id);
    expect(found?.dueDate?.toISOString()).toBe('2026-12-08T09:00:00.000Z');
    const [stored] = (await wix.control.state()).tasks;
    expect(stored).toMatchObject({ title: task.title, status: 'COMPLETED' });
  });

  it('refuses a stale revision with a conflict', async () => {
    const task = await wix.gateway.reminders.create({ title: 'Review access', dueDate: new Date() });
    await wix.gateway.reminders.complete(task);
    await expect(wix.gateway.reminders.complete(task)).rejects.toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('deletes a task', async () => {
    const task = await wix.gateway.reminders.create({ title: 'Review access', dueDate: new Date() });
    await wix.gateway.reminders.remove(task._id);
    expect((await wix.control.state()).tasks).toEqual([]);
  });
});
