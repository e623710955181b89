import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { sendInviteRows } from '../../src/operations/bulk-invites';
import { sendInvites } from '../../src/operations/invites';
import { grantsQuery, invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { buildChecklist } from '../../src/access/review/checklist';
import { carryOutDecision } from '../../src/operations/review-decisions';
import { startReview } from '../../src/operations/reviews';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

const BULK = { method: 'POST', path: '/invites/site-invite/bulk' };

describe('a lost bulkInvite answer is settled by asking Wix again (connected mode)', () => {
  const wix = useEmulator('demo');
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const role = async (title: string) => {
    const found = findRoleByTitle((await peopleQuery(wix.gateway).queryFn()).roles, title);
    if (!found) throw new Error(`no ${title}`);
    return found;
  };
  const collection = async (id: string) => ((await wix.control.state()).collections[id] ?? []).map((e) => e.data);
  const pass = async (email: string) =>
    grantPass(
      context(),
      {
        email,
        vendorName: 'Widgets',
        role: await role('Website Manager'),
        ticket: '88',
        reason: 'Bug',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: false,
        requestedBy: 'Owner',
      },
      true,
    );

  it('a pass whose invite went out but whose answer was lost is invited, logged done "answer lost, confirmed by Wix"', async () => {
    await wix.control.givenFaults({ ...BULK, lose: true, nth: 1 });
    const grant = await pass('help@widgets.example');
    expect(grant).toMatchObject({ status: 'invited', sentManually: false });
    expect(grant.inviteId).toBeUndefined();
    expect(grant.failure).toBeUndefined();
    expect(grant.reminderTaskId).toBeDefined();
    const state = await wix.control.state();
    expect(state.invites.filter((i) => i.email === 'help@widgets.example')).toEqual([expect.objectContaining({ status: 'Pending' })]);
    const invited = foldedRows(await collection(COLLECTIONS.accessLog)).filter((e) => e.action === 'invited');
    expect(invited).toEqual([
      expect.objectContaining({
        outcome: 'done',
        detail: expect.stringMatching(/^answer lost, confirmed by Wix: Wix holds a pending invite/),
      }),
    ]);
    expect((await collection(COLLECTIONS.grants))[0]).toMatchObject({ status: 'invited', sentManually: false });
  });

  it('a request dropped before Wix sent it is sent by the second call, with its invite id and record', async () => {
    await wix.control.givenFaults({ ...BULK, status: 0, nth: 1 });
    const grant = await pass('help@widgets.example');
    const [invite] = (await wix.control.state()).invites.filter((i) => i.email === 'help@widgets.example');
    expect(grant).toMatchObject({ status: 'invited', inviteId: invite?.id });
    expect((await collection(COLLECTIONS.invites)).map((r) => r.inviteId)).toContain(invite?.id);
    expect(foldedRows(await collection(COLLECTIONS.accessLog)).map((e) => [e.action, e.outcome])).toEqual([['invited', 'done']]);
  });

  it('an email Wix refuses because the person already has access stays failed after a lost answer', async () => {
    await wix.control.givenFaults({ ...BULK, lose: true, nth: 1 });
    const outcome = await sendInvites(context(), { emails: ['lena@parkstudio.design'], role: await role('Blog Writer'), reason: '' });
    expect(outcome.sent).toEqual([]);
    expect(outcome.failed.map((f) => f.email)).toEqual(['lena@parkstudio.design']);
  });

  it('bulk invites: rows of a lost answer are sent, with the note that Wix holds the invite', async () => {
    const writer = await role('Blog Writer');
    const rows = ['a@team.example', 'b@team.example'].map((email, i) => ({
      line: i + 2,
      email,
      roleText: writer.title,
      role: writer,
      notes: '',
      problem: null,
    }));
    await wix.control.givenFaults({ ...BULK, lose: true, nth: 1 });
    const outcomes = await sendInviteRows(context(), rows);
    expect(outcomes.map((o) => [o.email, o.status])).toEqual([
      ['a@team.example', 'sent'],
      ['b@team.example', 'sent'],
    ]);
    expect(outcomes[0]?.detail).toMatch(/Wix holds a pending invite/);
    expect((await wix.control.state()).invites.filter((i) => i.email.endsWith('@team.example'))).toHaveLength(2);
    expect(foldedRows(await collection(COLLECTIONS.accessLog)).map((e) => e.outcome)).toEqual(['done', 'done']);
  });

  it('bulk invites: an invite whose answer was lost is recorded without its id, listed by the review, and resent or cancelled only in Wix', async () => {
    const writer = await role('Blog Writer');
    const rows = [{ line: 2, email: 'a@team.example', roleText: writer.title, role: writer, notes: 'Spring posts', problem: null }];
    await wix.control.givenFaults({ ...BULK, lose: true, nth: 1 });
    await sendInviteRows(context(), rows);
    expect((await collection(COLLECTIONS.invites)).filter((r) => r.email === 'a@team.example')).toEqual([
      expect.objectContaining({
        email: 'a@team.example',
        inviteId: '',
        status: 'pending',
        roleTitle: 'Blog Writer',
        reason: 'Spring posts',
      }),
    ]);

    const [{ people, roles }, invites, passes] = await Promise.all([
      peopleQuery(wix.gateway).queryFn(),
      invitesQuery(wix.gateway).queryFn(),
      grantsQuery(wix.gateway).queryFn(),
    ]);
    const row = buildChecklist({ people, roles, invites, passes, reviews: [] }, wix.clock()).find((r) => r.email === 'a@team.example');
    expect(row).toMatchObject({ type: 'invite', status: 'pending', reason: 'Spring posts' });
    const review = await startReview(context(), 'invites-monthly');
    const cancel = carryOutDecision(
      context(),
      { row: row!, decision: 'cancel', reason: 'Not needed', reviewKind: review.kind },
      { people, roles, invites, connected: true },
    );
    await expect(cancel).rejects.toThrow(
      "Wix's answer to this invite was lost, so Site Access doesn't have its id: only Roles & Permissions can resend or cancel it.",
    );
    expect((await wix.control.state()).invites.filter((i) => i.email === 'a@team.example')).toEqual([
      expect.objectContaining({ status: 'Pending' }),
    ]);
  });
});
