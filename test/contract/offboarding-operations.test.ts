import { beforeEach, describe, expect, it } from 'vitest';
import { logEntrySchema, type LogAction } from '../../src/access/access-log';
import { grantSchema } from '../../src/access/support-pass';
import { closeOpenPasses } from '../../src/operations/close-passes';
import { offboardPerson } from '../../src/operations/offboard';
import { reconcileLog } from '../../src/operations/reconcile';
import { invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

describe('operations behind offboarding and the access log', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's account API key is in the app's backend, which sends invites and reads roles with it.
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const site = async () => ({ ...(await peopleQuery(wix.gateway).queryFn()), invites: await invitesQuery(wix.gateway).queryFn() });
  /** A support pass as the Support access tab records it (only `invited` and `approved` are open). */
  const givenPass = (fields: Record<string, unknown>) =>
    wix.gateway.records.insert(COLLECTIONS.grants, grantSchema, {
      vendorName: '',
      roleId: '',
      roleTitle: '',
      ticket: '',
      reason: '',
      requestedBy: '',
      approvedBy: '',
      sentManually: false,
      createdAt: wix.clock(),
      expiresAt: new Date(wix.clock().getTime() + 7 * 86_400_000),
      ...fields,
    });
  const collection = async (id: string) => ((await wix.control.state()).collections[id] ?? []).map((item) => item.data);
  const logRows = async () => foldedRows(await collection(COLLECTIONS.accessLog));

  describe('closeOpenPasses', () => {
    it('revokes open passes for the email only, completes their reminders, logs each, and keeps their other fields', async () => {
      const task = await wix.gateway.reminders.create({ title: 'Revoke POWR', dueDate: new Date(wix.clock().getTime() + 86_400_000) });
      await givenPass({
        email: 'support@powr.io',
        status: 'invited',
        reminderTaskId: task._id,
        ticket: 'T-1',
        roleId: 'role-website-manager',
        roleTitle: 'Website Manager',
      });
      await givenPass({ email: 'SUPPORT@powr.io', status: 'approved' });
      await givenPass({ email: 'support@powr.io', status: 'declined' });
      await givenPass({ email: 'help@other.example', status: 'invited' });

      expect(await closeOpenPasses(context(), 'support@powr.io', 'Ticket closed')).toEqual({ closed: 2, problems: [] });
      const passes = await collection(COLLECTIONS.grants);
      expect(passes.map((p) => [p.email, p.status])).toEqual([
        ['support@powr.io', 'revoked'],
        ['SUPPORT@powr.io', 'revoked'],
        ['support@powr.io', 'declined'],
        ['help@other.example', 'invited'],
      ]);
      expect(passes[0]).toMatchObject({ ticket: 'T-1', revokedBy: 'Maya Levin (owner)', revokedAt: { $date: expect.any(String) } });
      expect((await wix.control.state()).tasks[0]?.status).toBe('COMPLETED');
      const log = await logRows();
      // The passes are closed in the order Wix lists them (by their random ids): either order.
      expect(log.map((e) => [e.action, e.role, e.outcome]).sort()).toEqual([
        ['pass-revoked', '', 'done'],
        ['pass-revoked', 'Website Manager', 'done'],
      ]);
    });

    it('reports a reminder it could not complete without undoing the revocation', async () => {
      await givenPass({ email: 'support@powr.io', status: 'invited', reminderTaskId: 'task-gone' });
      await wix.control.givenFaults({ path: '/crm/tasks', status: 500 });
      const result = await closeOpenPasses(context(), 'support@powr.io', 'x');
      expect(result.closed).toBe(1);
      expect(result.problems[0]).toMatch(/reminder could not be completed/);
    });
  });

  describe('offboardPerson', () => {
    it('goes on with the follow-ups when Wix says the person is already gone (404)', async () => {
      const { people, roles, invites } = await site();
      const sam = people.find((p) => p.accountId === 'acc-sam');
      if (!sam) throw new Error('seed changed');
      await wix.gateway.contributors.remove('acc-sam');
      await givenPass({ email: sam.email, status: 'invited' });
      const outcome = await offboardPerson(context(), { person: sam, people, roles, invites, reason: 'Blog paused' });
      expect(outcome).toEqual({ removal: 'already-removed', invitesCancelled: 0, passesClosed: 1, problems: [] });
    });

    it('throws any other failure and does nothing else', async () => {
      const { people, roles, invites } = await site();
      const sam = people.find((p) => p.accountId === 'acc-sam');
      if (!sam) throw new Error('seed changed');
      await givenPass({ email: sam.email, status: 'invited' });
      await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status: 503, times: 1 });
      await expect(offboardPerson(context(), { person: sam, people, roles, invites, reason: 'x' })).rejects.toMatchObject({
        kind: 'server',
      });
      expect((await collection(COLLECTIONS.grants))[0]?.status).toBe('invited');
    });
  });

  describe('reconcileLog', () => {
    const pending = (action: LogAction, subjectEmail: string, minutesAgo: number, fields: Record<string, unknown> = {}) =>
      wix.gateway.records.insert(COLLECTIONS.accessLog, logEntrySchema, {
        action,
        subjectEmail,
        at: new Date(wix.clock().getTime() - minutesAgo * 60_000),
        outcome: 'pending',
        actor: 'Maya',
        ...fields,
      });
    const reconcile = async () => reconcileLog(context(), await wix.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema));

    it('closes each kind of stale entry by what Wix and the records show', async () => {
      await wix.gateway.contributors.changeRole('acc-sam', 'role-blog-editor');
      const pass = await givenPass({ email: 'support@powr.io', status: 'revoked' });
      await pending('role-changed', 'sam.ortiz.writes@gmail.com', 5, { role: 'Blog Writer → Blog Editor' });
      await pending('role-changed', 'lena@parkstudio.design', 5, { role: 'Website Designer → Admin (Co-Owner)' });
      await pending('invited', 'alex@ledgerlane.co', 60 * 24 * 28);
      await pending('invited', 'never@sent.example', 5);
      await pending('invite-resent', 'jordan.lens@gmail.com', 5);
      await pending('pass-revoked', 'support@powr.io', 5, { grantId: pass._id });
      await pending('review-decision', 'lena@parkstudio.design', 5);
      await pending('removed', 'lena@parkstudio.design', 0.5);

      const result = await reconcile();
      expect(result).toMatchObject({ checked: 7, confirmed: 3, failed: 4, problem: null });
      const outcomes = (await logRows()).map((e) => `${e.action} ${e.subjectEmail} ${e.outcome}`);
      expect(outcomes).toEqual([
        'role-changed sam.ortiz.writes@gmail.com done',
        'role-changed lena@parkstudio.design failed',
        'invited alex@ledgerlane.co done',
        'invited never@sent.example failed',
        'invite-resent jordan.lens@gmail.com failed',
        'pass-revoked support@powr.io done',
        'review-decision lena@parkstudio.design failed',
        'removed lena@parkstudio.design pending',
      ]);
      expect(result.entries.map((e) => e.at.getTime())).toEqual([...result.entries.map((e) => e.at.getTime())].sort((a, b) => b - a));
    });

    it('never edits an entry: the outcome is a closing entry appended after it', async () => {
      const before = await pending('removed', 'support@powr.io', 5, {
        subjectName: 'POWR Support',
        role: 'Website Manager',
        reason: 'Ticket',
      });
      await reconcile();
      const [stored, closure] = await wix.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, {
        orderBy: { field: 'at', direction: 'asc' },
      });
      expect(stored).toEqual(before);
      expect(closure).toMatchObject({ closes: before._id, outcome: 'failed', subjectEmail: 'support@powr.io', seq: 1 });
    });
  });
});
