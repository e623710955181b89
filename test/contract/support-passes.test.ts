import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { describePass, grantSchema } from '../../src/access/support-pass';
import { repairPasses } from '../../src/operations/repair-passes';
import { invitesQuery, peopleQuery } from '../../src/page/site-queries';
import { recordManualInvite } from '../../src/operations/guided-passes';
import { extendPass, grantPass, revokePass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { STORY_READINGS, useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

/** The log as people read it: intents with their closing entries' outcomes. */
const logOf = (state: { collections: Record<string, { data: Record<string, unknown> }[] | undefined> }) =>
  foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data));

describe.each(STORY_READINGS)('support passes against the emulator (%s)', (_readings, readings) => {
  const wix = useEmulator('empty', readings);
  // Connected mode: the owner's account API key is in the app's backend, which sends invites and reads roles with it.
  beforeEach(() => wix.connectKey());
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const site = async () => ({ ...(await peopleQuery(wix.gateway).queryFn()), invites: await invitesQuery(wix.gateway).queryFn() });
  const powrPass = async (email = 'support@powr.io') => {
    const { roles } = await site();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    return grantPass(
      context(),
      {
        email,
        vendorName: 'POWR',
        role,
        ticket: '4711',
        reason: 'Widget not loading',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: false,
        requestedBy: 'Owner',
      },
      true,
    );
  };

  it('records the pass, invites with the ticket as purpose, creates the reminder and logs it', async () => {
    const grant = await powrPass();
    const state = await wix.control.state();
    expect(state.invites).toEqual([
      expect.objectContaining({ email: 'support@powr.io', status: 'Pending', invitePurpose: 'Support ticket 4711' }),
    ]);
    expect(state.tasks).toEqual([
      expect.objectContaining({ title: 'Revoke support@powr.io (Website Manager) — ticket 4711', status: 'ACTION_NEEDED' }),
    ]);
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({
      status: 'invited',
      reminderTaskId: grant.reminderTaskId,
      inviteId: grant.inviteId,
    });
    expect(logOf(state).map((e) => [e.action, e.outcome])).toEqual([['invited', 'done']]);
  });

  it('a remind-only pass goes invited → active on acceptance → due after 8 days → revoked by the owner', async () => {
    const grant = await powrPass();
    // The pass as the app's records now hold it.
    const stored = async () => (await wix.gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { _id: grant._id } }))[0] ?? grant;
    const view = async () => describePass(await stored(), (await site()).people, wix.clock());
    expect((await view()).state).toBe('invited');
    await wix.control.accept(grant.inviteId ?? '');
    expect((await view()).state).toBe('active');
    await wix.control.advanceDays(8);
    const due = await view();
    expect(due.state).toBe('due');
    const revoked = await revokePass(context(), due, await site(), true);
    expect(revoked.status).toBe('revoked');
    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.email)).toEqual(['maya@bloomandbranch.com']);
    expect(state.tasks[0]?.status).toBe('COMPLETED');
    // No 'accepted' line: no Wix event tells the app someone joined; a page open records it (reconciliation).
    expect(logOf(state).map((e) => e.action)).toEqual(['invited', 'pass-revoked', 'removed']);
  });

  it('revokes a pass whose invite is still pending by cancelling the invite', async () => {
    const grant = await powrPass();
    await revokePass(context(), describePass(grant, [], wix.clock()), await site(), true);
    expect((await wix.control.state()).invites[0]?.status).toBe('Deleted');
  });

  it('refuses an "extension" to an earlier date, in the app\'s date format, and changes nothing', async () => {
    const grant = await powrPass();
    const earlier = addDays(grant.expiresAt, -3);
    const answer = await wix.backend.extendPass(grant._id, earlier.toISOString(), 'Shorter');
    expect(answer).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        message: expect.stringMatching(
          /^Choose a date after the current end, [A-Z][a-z]{2} \d{1,2}, \d{4}\. To end the access sooner, revoke the pass\.$/,
        ),
      },
    });
    expect((await wix.control.state()).tasks[0]?.dueDate).toBe(grant.expiresAt.toISOString());
  });

  it('extends a pass and moves its reminder', async () => {
    const grant = await powrPass();
    const later = addDays(wix.clock(), 14);
    const extended = await extendPass(context(), grant, later, 'Still investigating');
    expect(extended.expiresAt).toEqual(later);
    expect((await wix.control.state()).tasks[0]?.dueDate).toBe(later.toISOString());
  });

  it('falls back to a guided invite when Wix refuses the connected key, and tracks the invite the owner then sends', async () => {
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', status: 403, times: 1 });
    const waiting = await powrPass();
    expect(waiting).toMatchObject({ status: 'awaiting-invite', failure: expect.stringMatching(/refused the connected API key/) });
    // A refused key is never dropped behind the owner's back: the page keeps it until the owner disconnects it.
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    const manual = await recordManualInvite(context(), waiting);
    expect(manual).toMatchObject({ status: 'invited', sentManually: true });
    expect((await wix.control.state()).tasks).toHaveLength(1);
  });

  it('still tracks the pass when the reminder cannot be created, and adds it on the next load', async () => {
    await wix.control.givenFaults({ path: '/crm/tasks/v2/tasks', status: 500, times: 1 });
    const grant = await powrPass();
    expect(grant.status).toBe('invited');
    expect(grant.reminderTaskId).toBeUndefined();
    const grants = await wix.gateway.records.list(COLLECTIONS.grants, grantSchema);
    expect(await repairPasses(context(), grants, await site())).toBe(1);
    expect((await wix.control.state()).tasks).toHaveLength(1);
  });

  it('invites nobody when the pass cannot be recorded', async () => {
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items', status: 500, times: 1 });
    await expect(powrPass()).rejects.toMatchObject({ kind: 'server' });
    const state = await wix.control.state();
    expect(state.invites).toEqual([]);
    expect(state.collections[COLLECTIONS.grants]).toEqual([]);
  });

  it('one click, one pass: a lost answer to the pass insert is settled by reading its id, and a retry of the same operation finds it', async () => {
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items', lose: true, nth: 1 });
    const grant = await powrPass();
    expect(grant.status).toBe('invited');
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.map((e) => e.id)).toEqual([grant._id]);
    expect(state.invites.filter((i) => i.email === 'support@powr.io')).toHaveLength(1);

    // The same operation again (its id from the click): Wix refuses the taken id, the first pass comes back.
    const role = findRoleByTitle((await site()).roles, 'Website Manager');
    const again = await wix.gateway.records.insertKeyed(COLLECTIONS.grants, grantSchema, {
      _id: grant._id,
      email: 'x@y.example',
      roleId: role?.id ?? '',
      roleTitle: 'x',
      createdAt: wix.clock(),
      expiresAt: wix.clock(),
      status: 'approved',
    });
    expect(again).toMatchObject({ _id: grant._id, email: 'support@powr.io' });
    expect((await wix.control.state()).collections[COLLECTIONS.grants]).toHaveLength(1);
  });

  it('the same operation granted twice makes one pass and sends one invite', async () => {
    const { roles } = await site();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const request = {
      email: 'support@powr.io',
      vendorName: 'POWR',
      role,
      ticket: '4711',
      reason: 'Widget',
      expiresAt: addDays(wix.clock(), 7),
      autoEnd: false,
      requestedBy: 'Owner',
      operationId: crypto.randomUUID(),
    };
    const first = await grantPass(context(), request, true);
    const again = await grantPass(context(), request, true);
    expect(again).toMatchObject({ _id: first._id, status: 'invited', inviteId: first.inviteId });
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]).toHaveLength(1);
    expect(state.invites).toHaveLength(1);
  });

  it('keeps the pass when the log cannot be completed after the invite (the entry stays pending for reconciliation)', async () => {
    // Updates fail (the pass stays approved), and so does the third bulk insert: after the log intent and
    // the invite's record, the entry closing the intent.
    await wix.control.givenFaults(
      { path: '/wix-data/v2/items/update', status: 500 },
      { path: '/wix-data/v2/bulk/items/update', status: 500 },
      { path: '/wix-data/v2/bulk/items/insert', status: 500, nth: 3 },
    );
    await powrPass().catch(() => undefined);
    await wix.control.clearFaults();
    const state = await wix.control.state();
    expect(state.invites).toHaveLength(1);
    expect(state.collections[COLLECTIONS.grants]).toHaveLength(1);
    expect(logOf(state).map((e) => e.outcome)).toEqual(['pending']);
    await wix.control.advanceDays(1);
    const grants = await wix.gateway.records.list(COLLECTIONS.grants, grantSchema);
    expect(grants[0]?.status).toBe('approved');
    await repairPasses(context(), grants, await site());
    const [repaired] = await wix.gateway.records.list(COLLECTIONS.grants, grantSchema);
    expect(repaired).toMatchObject({ status: 'invited', inviteId: state.invites[0]?.id });
    expect((await wix.control.state()).tasks).toHaveLength(1);
  });
});
