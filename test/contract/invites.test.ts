import { beforeEach, describe, expect, it } from 'vitest';
import { invitesApi } from '../../src/wix/invites';
import { useEmulator } from '../support/emulator';

describe('site invites through @wix/identity_site-invite, with an account API key', () => {
  const wix = useEmulator('demo');
  /** Wix takes invites only from an account-level API key (ApiKeyStrategy with the site id). */
  let invites: ReturnType<typeof invitesApi>;
  beforeEach(async () => {
    invites = invitesApi(await wix.keyClient());
  });

  it('bulk-invites, returning sent invites and the emails Wix refused', async () => {
    const result = await invites.bulkInvite(
      'role-website-manager',
      ['new.vendor@example.com', 'not-an-email', 'support@powr.io'],
      'Ticket #4711',
    );
    expect(result.invites.map((i) => i.email)).toEqual(['new.vendor@example.com']);
    expect(result.failedEmails).toEqual(['not-an-email', 'support@powr.io']);
    const invite = result.invites[0];
    expect(invite?._id).toBeTruthy();
    expect(invite?.expirationDate).toBeInstanceOf(Date);
    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === invite?._id)).toMatchObject({ status: 'Pending', invitePurpose: 'Ticket #4711' });
  });

  it('resends a pending invite with a fresh 30 days', async () => {
    const invite = await invites.resend('inv-bookkeeper');
    const days = ((invite.expirationDate?.getTime() ?? 0) - wix.clock().getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
  });

  it('revokes a pending invite', async () => {
    await invites.revoke('inv-bookkeeper');
    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Deleted');
  });

  it('expires invites after 30 days on the emulator clock', async () => {
    await wix.control.advanceDays(4);
    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Expired');
  });

  it('answers an unknown invite with not-found and a rejected role with invalid', async () => {
    await expect(invites.revoke('inv-missing')).rejects.toMatchObject({ kind: 'not-found', status: 404 });
    await expect(invites.bulkInvite('role-nope', ['a@example.com'])).rejects.toMatchObject({ kind: 'invalid', status: 400 });
  });

  it('reports a missing permission on invite as a permission error', async () => {
    await wix.control.givenFaults({ method: 'POST', path: '/invites/site-invite/bulk', status: 403 });
    const error = await invites.bulkInvite('role-website-manager', ['x@example.com']).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'permission', status: 403, code: 'PERMISSION_DENIED' });
    expect((error as Error).message).toMatch(/Roles & Permissions/);
  });
});
