import { beforeEach, describe, expect, it } from 'vitest';
import { findRoleByTitle } from '../../src/access/people';
import { cancelInvite, resendInvite, sendInvites } from '../../src/operations/invites';
import { AccessChangeRefused, changeRole, removePerson } from '../../src/operations/people';
import { invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

describe('operations that change access: intent, Wix call, outcome', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's account API key is in the app's backend, which sends invites and reads roles with it.
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const site = async () => ({ ...(await peopleQuery(wix.gateway).queryFn()), invites: await invitesQuery(wix.gateway).queryFn() });
  // The log as people read it: intents with their closing entries' outcomes.
  const log = async () =>
    foldedRows(((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((i) => i.data)).map((data) => ({ data }));

  it('invites, records the invite and logs it done', async () => {
    const { roles } = await site();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('role missing');
    const outcome = await sendInvites(context(), { emails: ['Help@Vendor.example', 'support@powr.io'], role, reason: 'Ticket 12' });
    expect(outcome.sent.map((s) => s.email)).toEqual(['help@vendor.example']);
    expect(outcome.failed.map((f) => f.email)).toEqual(['support@powr.io']);
    const entries = await log();
    expect(entries.map((e) => [e.data.subjectEmail, e.data.outcome])).toEqual([
      ['help@vendor.example', 'done'],
      ['support@powr.io', 'failed'],
    ]);
    expect((await site()).invites.map((i) => i.email)).toContain('help@vendor.example');
  });

  it('logs a failed invite and records nothing when Wix refuses', async () => {
    const { roles } = await site();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('role missing');
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', status: 500, times: 1 });
    await expect(sendInvites(context(), { emails: ['a@vendor.example'], role, reason: '' })).rejects.toMatchObject({ kind: 'server' });
    expect((await log()).map((e) => e.data.outcome)).toEqual(['failed']);
    expect((await site()).invites).toHaveLength(2);
  });

  it('refuses to remove the owner before calling Wix (where Wix lists the owner, by the documented Owner role id)', async () => {
    await wix.control.reset('demo', { ownerListed: true });
    const { people, roles } = await site();
    const owner = people.find((p) => p.email === 'maya@bloomandbranch.com');
    if (!owner) throw new Error('owner missing');
    await wix.control.reset('demo', { ownerListed: true });
    await expect(removePerson(context(), { person: owner, people, roles, reason: 'x' })).rejects.toBeInstanceOf(AccessChangeRefused);
    expect((await wix.control.requests()).filter((r) => r.path.includes('/contributor/remove'))).toEqual([]);
  });

  it('refuses to remove or downgrade the only co-owner', async () => {
    const { people, roles } = await site();
    const daniel = people.find((p) => p.name === 'Daniel Cohen');
    const writer = findRoleByTitle(roles, 'Blog Writer');
    if (!daniel || !writer) throw new Error('seed changed');
    await expect(removePerson(context(), { person: daniel, people, roles, reason: 'x' })).rejects.toThrow(/only Admin \(Co-Owner\)/);
    await expect(changeRole(context(), { person: daniel, people, roles, reason: 'x', newRole: writer })).rejects.toThrow(/only Admin/);
  });

  it('removes someone, cancels their pending invite and logs both', async () => {
    const { people, roles, invites } = await site();
    await wix.control.accept('inv-bookkeeper');
    const after = await site();
    const alex = after.people.find((p) => p.email === 'alex@ledgerlane.co');
    if (!alex) throw new Error('accept failed');
    await removePerson(context(), { person: alex, people: after.people, roles, reason: 'Year-end done', invites });
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('alex@ledgerlane.co');
    expect((await log()).map((e) => [e.data.action, e.data.outcome])).toEqual([['removed', 'done']]);
    expect(people).toHaveLength(4);
  });

  it('logs a failed removal as failed', async () => {
    const { people, roles } = await site();
    const lena = people.find((p) => p.name === 'Lena Park');
    if (!lena) throw new Error('seed changed');
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status: 429, times: 1 });
    await expect(removePerson(context(), { person: lena, people, roles, reason: 'Project over' })).rejects.toMatchObject({
      kind: 'rate-limited',
    });
    const [entry] = await log();
    expect(entry?.data).toMatchObject({
      action: 'removed',
      outcome: 'failed',
      subjectEmail: 'lena@parkstudio.design',
      reason: 'Project over',
    });
  });

  it('resends and cancels invites, keeping the records in step', async () => {
    const { invites } = await site();
    const alex = invites.find((i) => i.email === 'alex@ledgerlane.co');
    if (!alex) throw new Error('seed changed');
    const resent = await resendInvite(context(), alex);
    expect(Math.round((resent.expiresAt.getTime() - wix.clock().getTime()) / 86_400_000)).toBe(30);
    const cancelled = await cancelInvite(context(), resent, 'Hired someone else');
    expect(cancelled.status).toBe('revoked');
    expect((await wix.control.state()).invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Deleted');
    expect((await log()).map((e) => e.data.action)).toEqual(['invite-resent', 'invite-revoked']);
  });
});
