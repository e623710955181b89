import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { peopleQuery } from '../../src/page/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { STALE_RECORD } from '../../src/wix/records';
import { offboardingSchema } from '../../src/access/offboarding';
import { handoffSchema } from '../../src/access/handoff';
import { saveCheckChanges } from '../../src/features/offboarding/save-check-changes';
import { saveHandoffStep } from '../../src/features/handoff/save-handoff';
import { useEmulator } from '../support/emulator';
import { foldedRows } from '../support/folded-log';

/** Two tabs on one pass: the backend reads the pass's current record before it changes anything. */
describe('a stale tab cannot undo what another did', () => {
  const wix = useEmulator('empty');
  beforeEach(() => wix.connectKey());
  const powrPass = async () => {
    const role = findRoleByTitle((await peopleQuery(wix.gateway).queryFn()).roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    return grantPass(
      context,
      {
        email: 'support@powr.io',
        vendorName: 'POWR',
        role,
        ticket: '4711',
        reason: 'Widget',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: true,
        requestedBy: 'Maya',
      },
      true,
    );
  };
  const data = async () => (await wix.control.state()).collections;

  it("a revoked pass is not revived by a stale tab's Extend (defect 3)", async () => {
    const grant = await powrPass();
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: true, value: { status: 'revoked' } });
    const stale = await wix.backend.extendPass(grant._id, addDays(wix.clock(), 20).toISOString(), 'Ticket reopened');
    expect(stale).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: 'This pass was revoked in the meantime (another tab or Site Access itself). Reload to see it.' },
    });
    const [pass] = (await data())[COLLECTIONS.grants] ?? [];
    expect(pass?.data).toMatchObject({ status: 'revoked', expiresAt: { $date: grant.expiresAt.toISOString() } });
    expect(((await data())[COLLECTIONS.accessLog] ?? []).some((e) => e.data.action === 'extended')).toBe(false);
  });

  it("tab B's second revoke says the pass was already revoked, not that it succeeded (defect 9)", async () => {
    const grant = await powrPass();
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: true });
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: 'This pass was already revoked. Reload to see it.' },
    });
    expect(
      foldedRows(((await data())[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).filter((e) => e.action === 'pass-revoked'),
    ).toHaveLength(1);
  });

  it("a stale tab's security-check tick does not undo the other tab's: it is refused with a way forward", async () => {
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    const started = await wix.gateway.records.insert(COLLECTIONS.offboardings, offboardingSchema, {
      status: 'in-progress',
      step: 'security',
      accountId: 'acc-powr',
      name: 'POWR Support',
      email: 'support@powr.io',
      startedAt: wix.clock(),
      startedBy: 'Maya Levin',
      reason: 'Ticket closed',
      checks: [{ id: 'rotate-keys' }, { id: 'review-apps' }],
    });
    const tabA = started;
    const tabB = started;
    await saveCheckChanges(context, tabA, [{ checkId: 'rotate-keys', kind: 'tick', at: wix.clock(), by: 'Maya Levin' }]);
    await expect(
      saveCheckChanges(context, tabB, [{ checkId: 'review-apps', kind: 'tick', at: wix.clock(), by: 'Maya Levin' }]),
    ).rejects.toThrow(STALE_RECORD);
    const [stored] = await wix.gateway.records.list(COLLECTIONS.offboardings, offboardingSchema, { where: { _id: started._id } });
    expect(stored?.checks.map((c) => [c.id, Boolean(c.tickedAt)])).toEqual([
      ['rotate-keys', true],
      ['review-apps', false],
    ]);
    expect(stored?._rev).toBe(1);
    const log = ((await data())[COLLECTIONS.accessLog] ?? []).map((e) => [e.data.outcome, e.data.detail]);
    expect(log).toEqual(expect.arrayContaining([['failed', expect.stringContaining('changed in another tab')]]));
  });

  it("a stale tab's handoff step is refused, and a fresh copy saves", async () => {
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    const handoff = await wix.gateway.records.insert(COLLECTIONS.handoffs, handoffSchema, {
      newOwnerEmail: 'jane@new.example',
      startedAt: wix.clock(),
      items: [],
    });
    const stamp = (id: string) => ({ id, doneAt: wix.clock(), doneBy: 'Maya Levin', note: '' });
    const saved = await saveHandoffStep(context, { ...handoff, items: [stamp('export-content')] }, 'Exported the content');
    await expect(saveHandoffStep(context, { ...handoff, items: [stamp('agency-role')] }, 'Agency role')).rejects.toThrow(STALE_RECORD);
    await saveHandoffStep(context, { ...saved, items: [...saved.items, stamp('agency-role')] }, 'Agency role');
    const [stored] = await wix.gateway.records.list(COLLECTIONS.handoffs, handoffSchema, { where: { _id: handoff._id } });
    expect(stored?.items.map((i) => i.id)).toEqual(['export-content', 'agency-role']);
  });
});
