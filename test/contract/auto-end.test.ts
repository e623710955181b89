import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { titleOnlyRoles } from '../../src/access/wix-role-titles';
import { handleTaskOverdue } from '../../src/backend/auto-end/task-overdue';
import { emulatorSite, localPlatform } from '../../src/backend/local/local-platform';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { STORY_READINGS, useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

const AUTO = 'Site Access (automatic, pass ended)';
const websiteManager = titleOnlyRoles().find((r) => r.title === 'Website Manager') ?? titleOnlyRoles()[0];

/** Passes that end by themselves: Wix's Task Overdue reaches the backend with no page open. */
describe.each(STORY_READINGS)('passes that end by themselves (Task Overdue, run as the app with no caller) (%s)', (_readings, readings) => {
  const wix = useEmulator('demo', readings);
  const context = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' });
  const guidedPass = (autoEnd = true, email = 'help@formbuilder.example') => {
    if (!websiteManager) throw new Error('no role title');
    const request = {
      email,
      vendorName: 'FormBuilder',
      role: websiteManager,
      ticket: '88',
      reason: 'Form bug',
      expiresAt: addDays(wix.clock(), 7),
      autoEnd,
      requestedBy: 'Owner',
    };
    return grantPass(context(), request, false);
  };
  const joinAsOwnerInvited = async (email: string) => {
    const { invite } = await wix.control.sendInviteAsOwner(email, 'Website Manager');
    return wix.control.accept(invite.id);
  };
  const data = async (collection: string) => ((await wix.control.state()).collections[collection] ?? []).map((i) => i.data);

  it('with the page closed: the vendor joins, 8 days later exactly they are removed, the task completed, the pass ended, one log line', async () => {
    const grant = await guidedPass();
    const { accountId } = await joinAsOwnerInvited('help@formbuilder.example');
    // No SDK package offers Contributor Created as an event: nothing reaches the app when someone joins.
    expect(wix.events).toEqual([]);

    const before = (await wix.control.state()).contributors.length;
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'ended' });
    const state = await wix.control.state();
    expect(state.contributors).toHaveLength(before - 1);
    expect(state.contributors.some((p) => p.accountId === accountId)).toBe(false);
    expect(state.contributors.some((p) => p.email === 'support@powr.io')).toBe(true); // nobody else
    expect(state.tasks.find((t) => t.id === grant.reminderTaskId)?.status).toBe('COMPLETED');
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'ended', revokedBy: AUTO });
    const ended = foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended');
    expect(ended).toEqual([
      expect.objectContaining({
        actor: AUTO,
        outcome: 'done',
        detail: expect.stringMatching(/^Removed help@formbuilder.example automatically/),
      }),
    ]);
  });

  it('handles a repeated or late event once: nothing more is removed or logged', async () => {
    const grant = await guidedPass();
    await joinAsOwnerInvited('help@formbuilder.example');
    await wix.control.advanceDays(8);
    const [delivered] = (await wix.control.deliveredEvents()).filter((e) => e.kind === 'task-overdue');
    const platform = localPlatform(emulatorSite(wix.emulator));
    const again = { data: { task: { _id: grant.reminderTaskId } }, metadata: { _id: delivered?.id, entityId: grant.reminderTaskId } };
    expect(await handleTaskOverdue(platform, again)).toBe('duplicate');
    expect(await handleTaskOverdue(platform, { ...again, metadata: { _id: 'another-delivery', entityId: grant.reminderTaskId } })).toBe(
      'closed',
    );
    expect(foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended')).toHaveLength(1);
  });

  it('leaves an extended pass, a remind-only pass, an unknown task and a malformed event alone', async () => {
    const platform = localPlatform(emulatorSite(wix.emulator));
    const remindOnly = await guidedPass(false);
    await joinAsOwnerInvited('help@formbuilder.example');
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'remind-only' });
    expect((await wix.control.state()).contributors.some((p) => p.email === 'help@formbuilder.example')).toBe(true);
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ _id: remindOnly._id, status: 'awaiting-invite' });

    const extended = await guidedPass(true, 'later@vendor.example');
    await wix.gateway.records.update(COLLECTIONS.grants, (await import('../../src/access/support-pass')).grantSchema, {
      ...extended,
      expiresAt: addDays(wix.clock(), 30),
    });
    const stale = { data: { task: { _id: extended.reminderTaskId } }, metadata: { _id: 'late-event', entityId: extended.reminderTaskId } };
    expect(await handleTaskOverdue(platform, stale)).toBe('not-due');
    expect(await handleTaskOverdue(platform, { data: { task: { _id: 'someone-elses-task' } }, metadata: { _id: 'e-1' } })).toBe(
      'unknown-task',
    );
    expect(await handleTaskOverdue(platform, { hello: 'world' })).toBe('malformed');
    expect(foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended')).toHaveLength(0);
  });

  it('never removes someone the pass does not cover: the POWR account added months ago, same email, no record of joining through it', async () => {
    const grant = await guidedPass(true, 'support@powr.io');
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'invite-pending' });
    const state = await wix.control.state();
    expect(state.contributors.some((p) => p.email === 'support@powr.io')).toBe(true);
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({
      _id: grant._id,
      status: 'cancel-in-wix',
      failure: expect.stringMatching(/^Invite still pending/),
    });
    const task = state.tasks.find((t) => t.id === grant.reminderTaskId);
    expect(task).toMatchObject({ status: 'ACTION_NEEDED', description: expect.stringMatching(/Cancel the invite in Roles & Permissions/) });
    const [line] = foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended');
    expect(line?.detail).toMatch(/Nobody was removed/);
  });

  it("the key stays in the owner's browser: the event leaves a pending invite to the owner, and the owner's next page open cancels it with the key", async () => {
    await wix.connectKey();
    const { roles } = await (await import('../../src/page/site-queries')).peopleQuery(wix.gateway).queryFn();
    const role = roles.find((r) => r.title === 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const grant = await grantPass(
      context(),
      {
        email: 'help@formbuilder.example',
        vendorName: 'FormBuilder',
        role,
        ticket: '',
        reason: 'Form bug',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: true,
        requestedBy: 'Owner',
      },
      true,
    );
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'invite-pending' });
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'cancel-in-wix' });
    expect(await wix.backend.endDuePasses()).toEqual({ ok: true, value: 1 });
    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === grant.inviteId)?.status).toBe('Deleted');
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'ended' });
  });

  it('when Wix refuses the removal: the pass says why, the task stays open, no line claims a removal; the next page open retries', async () => {
    await guidedPass();
    await joinAsOwnerInvited('help@formbuilder.example');
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status: 429, times: 1 });
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'removal-failed' });
    expect((await data(COLLECTIONS.grants))[0]?.failure).toMatch(/^Automatic removal failed/);
    expect((await wix.control.state()).tasks[0]?.status).toBe('ACTION_NEEDED');
    // The attempt was logged first, and closed as failed: no line claims a removal.
    expect(
      foldedRows(await data(COLLECTIONS.accessLog))
        .filter((e) => e.action === 'pass-ended')
        .map((e) => e.outcome),
    ).toEqual(['failed']);

    expect(await wix.backend.endDuePasses()).toEqual({ ok: true, value: 1 });
    expect((await wix.control.state()).contributors.some((p) => p.email === 'help@formbuilder.example')).toBe(false);
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'ended' });
  });

  it('a lost answer on the automatic removal is settled by reading Wix: ended, one "removed" line, never "Nobody was removed" (#26.2)', async () => {
    await guidedPass();
    await joinAsOwnerInvited('help@formbuilder.example');
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', lose: true, times: 1 });
    await wix.control.advanceDays(8);
    expect(wix.events.at(-1)).toEqual({ kind: 'task-overdue', outcome: 'ended' });
    const lines = foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended');
    expect(lines).toEqual([
      expect.objectContaining({ outcome: 'done', detail: expect.stringMatching(/^Removed help@formbuilder.example automatically/) }),
    ]);
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'ended' });
  });

  it('removed, then the pass could not be saved: the next run ends it without a second line and never asks to cancel an invite (#26.2)', async () => {
    await guidedPass();
    await joinAsOwnerInvited('help@formbuilder.example');
    // The pass's updates: marked joined (1st), then saved as ended after the removal (2nd, refused here).
    await wix.control.givenFaults({ path: '/wix-data/v2/items/update', status: 500, nth: 2 });
    await wix.control.advanceDays(8);
    expect((await wix.control.state()).contributors.some((p) => p.email === 'help@formbuilder.example')).toBe(false);
    expect(await wix.backend.endDuePasses()).toEqual({ ok: true, value: 1 });
    expect((await data(COLLECTIONS.grants))[0]).toMatchObject({ status: 'ended' });
    const lines = foldedRows(await data(COLLECTIONS.accessLog)).filter((e) => e.action === 'pass-ended');
    expect(lines.map((e) => e.outcome)).toEqual(['done']);
    expect(lines.some((e) => /Nobody was removed/.test(String(e.detail)))).toBe(false);
  });
});
