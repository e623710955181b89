import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { peopleQuery } from '../../src/operations/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
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
    return grantPass(context, { email: 'support@powr.io', vendorName: 'POWR', role, ticket: '4711', reason: 'Widget', expiresAt: addDays(wix.clock(), 7), autoEnd: true, requestedBy: 'Maya' }, true);
  };
  const data = async () => (await wix.control.state()).collections;

  it("a revoked pass is not revived by a stale tab's Extend (defect 3)", async () => {
    const grant = await powrPass();
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: true, value: { status: 'revoked' } });
    const stale = await wix.backend.extendPass(grant._id, addDays(wix.clock(), 20).toISOString(), 'Ticket reopened');
    expect(stale).toMatchObject({ ok: false, error: { kind: 'conflict', message: 'This pass was revoked in the meantime (another tab or Site Access itself). Reload to see it.' } });
    const [pass] = (await data())[COLLECTIONS.grants] ?? [];
    expect(pass?.data).toMatchObject({ status: 'revoked', expiresAt: { $date: grant.expiresAt.toISOString() } });
    expect(((await data())[COLLECTIONS.accessLog] ?? []).some((e) => e.data.action === 'extended')).toBe(false);
  });

  it("tab B's second revoke says the pass was already revoked, not that it succeeded (defect 9)", async () => {
    const grant = await powrPass();
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: true });
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: false, error: { kind: 'conflict', message: 'This pass was already revoked. Reload to see it.' } });
    expect(foldedRows(((await data())[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).filter((e) => e.action === 'pass-revoked')).toHaveLength(1);
  });
});
