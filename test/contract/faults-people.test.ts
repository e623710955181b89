import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle, type Contributor } from '../../src/access/people';
import { removePeopleOneByOne } from '../../src/operations/bulk-removal';
import { AccessChangeRefused, changeRole, removePerson } from '../../src/operations/people';
import { invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

describe('removals and role changes check Wix, not the page, and settle lost answers with Wix', () => {
  const wix = useEmulator('demo');
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const site = async () => ({ ...(await peopleQuery(wix.gateway).queryFn()), invites: await invitesQuery(wix.gateway).queryFn() });
  const log = async () => foldedRows(((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data));
  const named = (people: readonly Contributor[], name: string) => {
    const person = people.find((p) => p.name === name || p.email === name);
    if (!person) throw new Error(`${name} missing`);
    return person;
  };
  /** A second co-owner besides Daniel, who joined through an invite. */
  const givenSecondAdmin = async () => {
    const { invite } = await wix.control.sendInviteAsOwner('priya@bloomandbranch.com', 'Admin (Co-Owner)');
    await wix.control.accept(invite.id);
  };

  it("two tabs: the second removal of the last co-owner is refused on Wix's current list, and they stay", async () => {
    await givenSecondAdmin();
    const stale = await site(); // both tabs loaded with two co-owners
    await removePerson(context(), {
      person: named(stale.people, 'Daniel Cohen'),
      people: stale.people,
      roles: stale.roles,
      reason: 'Tab A',
    });
    const priya = named(stale.people, 'priya@bloomandbranch.com');
    const second = removePerson(context(), { person: priya, people: stale.people, roles: stale.roles, reason: 'Tab B' });
    await expect(second).rejects.toBeInstanceOf(AccessChangeRefused);
    await expect(second).rejects.toThrow(/last Admin \(Co-Owner\).*[Rr]eload/);
    expect((await wix.control.state()).contributors.map((p) => p.email)).toContain('priya@bloomandbranch.com');
  });

  it('two tabs: demoting the last co-owner on a stale page is refused too', async () => {
    await givenSecondAdmin();
    const stale = await site();
    const writer = findRoleByTitle(stale.roles, 'Blog Writer');
    if (!writer) throw new Error('no Blog Writer role');
    await changeRole(context(), {
      person: named(stale.people, 'Daniel Cohen'),
      people: stale.people,
      roles: stale.roles,
      reason: 'Tab A',
      newRole: writer,
    });
    const priya = named(stale.people, 'priya@bloomandbranch.com');
    await expect(
      changeRole(context(), { person: priya, people: stale.people, roles: stale.roles, reason: 'Tab B', newRole: writer }),
    ).rejects.toThrow(/last Admin/);
    expect((await wix.control.state()).contributors.find((p) => p.email === 'priya@bloomandbranch.com')?.policyIds).toEqual([
      '6732588207941061632',
    ]);
  });

  it('bulk removal of both co-owners keeps the last one, refused with the reason', async () => {
    await givenSecondAdmin();
    const { people } = await site();
    const targets = [named(people, 'Daniel Cohen'), named(people, 'priya@bloomandbranch.com')];
    const result = await removePeopleOneByOne(context(), { targets, reason: 'Agency leaves' });
    expect(result.outcomes.map((o) => o.status)).toEqual(['removed', 'refused']);
    expect((await wix.control.state()).contributors.map((p) => p.email)).toContain('priya@bloomandbranch.com');
  });

  it('a removal whose answer is lost but which Wix carried out is done, "confirmed after a lost answer"', async () => {
    const { people, roles } = await site();
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', lose: true, times: 1 });
    await removePerson(context(), { person: named(people, 'Lena Park'), people, roles, reason: 'Project over' });
    expect((await wix.control.state()).contributors.map((p) => p.accountId)).not.toContain('acc-lena');
    expect(await log()).toEqual([
      expect.objectContaining({
        action: 'removed',
        outcome: 'done',
        detail: 'Removal confirmed after a lost answer',
        subjectEmail: 'lena@parkstudio.design',
      }),
    ]);
  });

  it('a removal dropped before Wix carried it out stays failed', async () => {
    const { people, roles } = await site();
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status: 0, times: 1 });
    await expect(
      removePerson(context(), { person: named(people, 'Lena Park'), people, roles, reason: 'Project over' }),
    ).rejects.toMatchObject({ kind: 'offline' });
    expect((await log()).map((e) => [e.action, e.outcome])).toEqual([['removed', 'failed']]);
  });

  it("revoking an active pass through the backend, with the removal's answer lost, revokes it and logs no failure", async () => {
    const { roles } = await site();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const request = {
      email: 'help@widgets.example',
      vendorName: 'Widgets',
      role,
      ticket: '88',
      reason: 'Bug',
      expiresAt: addDays(wix.clock(), 7),
      autoEnd: false,
      requestedBy: 'Owner',
    };
    const grant = await grantPass(context(), request, true);
    await wix.control.accept(grant.inviteId ?? '');
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', lose: true });
    const answer = await wix.backend.revokePass(grant._id);
    expect(answer).toMatchObject({ ok: true, value: { status: 'revoked' } });
    const entries = await log();
    expect(entries.filter((e) => e.outcome === 'failed')).toEqual([]);
    expect(entries).toContainEqual(
      expect.objectContaining({ action: 'removed', outcome: 'done', detail: 'Removal confirmed after a lost answer' }),
    );
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('help@widgets.example');
  });
});
