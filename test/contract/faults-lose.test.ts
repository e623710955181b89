import { describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';

describe('the emulator loses answers (lose) and aims at one request (nth)', () => {
  const wix = useEmulator('demo');

  it('carries out a lost removal: the client sees a network failure, Wix no longer lists the person', async () => {
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', lose: true });
    await expect(wix.gateway.contributors.remove('acc-sam')).rejects.toMatchObject({ kind: 'offline' });
    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.accountId)).not.toContain('acc-sam');
  });

  it('applies an nth rule only to the Nth matching request after it is set, then forgets it', async () => {
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 503, nth: 2 });
    await expect(wix.gateway.contributors.query()).resolves.not.toHaveLength(0);
    await expect(wix.gateway.contributors.query()).rejects.toMatchObject({ kind: 'server', status: 503 });
    await expect(wix.gateway.contributors.query()).resolves.not.toHaveLength(0);
    await expect(wix.gateway.contributors.query()).resolves.not.toHaveLength(0);
  });

  it("loses the backend's answers too: a lost invite is sent all the same", async () => {
    await wix.connectKey();
    await wix.control.givenFaults({ method: 'POST', path: '/invites/site-invite/bulk', lose: true, nth: 1 });
    await expect(wix.gateway.invites.bulkInvite('role-website-manager', ['help@vendor.example'])).rejects.toMatchObject({
      kind: 'offline',
    });
    const state = await wix.control.state();
    expect(state.invites.filter((i) => i.email === 'help@vendor.example' && i.status === 'Pending')).toHaveLength(1);
    // The rule was spent on the first request: the next one is answered (Wix reports the duplicate).
    await expect(wix.gateway.invites.bulkInvite('role-website-manager', ['help@vendor.example'])).resolves.toBeDefined();
  });
});
