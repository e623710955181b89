import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inviteRecordSchema } from '../../src/access/invite-records';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator, type EmulatorContext } from '../support/emulator';
import { offboardingDriver } from '../support/offboarding-driver';
import { renderApp } from '../support/render-app';

const DAY = 86_400_000;
const UNNAMED = 'Role not named by Wix';
const CANCEL_TITLE = 'Cancel 1 pending invite to lena@parkstudio.design in Roles & Permissions';

/** Lena, already on the site, was invited again two days ago; the app sent it and keeps its record. */
async function givenSecondInviteToLena(wix: EmulatorContext) {
  const now = wix.clock();
  const sentAt = new Date(now.getTime() - 2 * DAY);
  const expiresAt = new Date(now.getTime() + 28 * DAY);
  wix.emulator.store.state.invites.push({
    id: 'inv-lena-again',
    siteId: 'site',
    email: 'lena@parkstudio.design',
    policyIds: ['role-website-designer'],
    inviterAccountId: 'acc-owner-maya',
    acceptedByAccountId: null,
    status: 'Pending',
    acceptLink: '',
    dateCreated: sentAt.toISOString(),
    expirationDate: expiresAt.toISOString(),
  });
  await wix.gateway.records.insert(COLLECTIONS.invites, inviteRecordSchema, {
    inviteId: 'inv-lena-again',
    email: 'lena@parkstudio.design',
    roleId: 'role-website-designer',
    roleTitle: 'Website Designer',
    reason: 'Spring shoot',
    sentAt,
    expiresAt,
    status: 'pending',
  });
}

const emulatedInvite = async (wix: EmulatorContext) => (await wix.control.state()).invites.find((i) => i.id === 'inv-lena-again')?.status;
const appRecord = async (wix: EmulatorContext) =>
  (await wix.control.state()).collections[COLLECTIONS.invites]?.find((i) => i.data.inviteId === 'inv-lena-again')?.data.status;
const inviteCalls = async (wix: EmulatorContext) => (await wix.control.requests()).filter((r) => r.path.startsWith('/invites/site-invite'));

async function removeLena(wix: EmulatorContext) {
  const app = renderApp(wix);
  const wizard = offboardingDriver(wix, app.user);
  await wizard.openTab();
  await wizard.start('Lena Park');
  await wizard.plan({ reason: 'Spring redesign delivered' });
  return { ...app, wizard };
}

describe('Offboarding without an API key (guided, the default)', () => {
  const wix = useEmulator('demo');

  it('removes Lena, lists her pending invite to cancel in Roles & Permissions, and records it when the owner confirms', async () => {
    await givenSecondInviteToLena(wix);
    const { user, notices, wizard } = await removeLena(wix);
    expect(
      await screen.findByText(
        '• list 1 pending invite to lena@parkstudio.design for you to cancel in Roles & Permissions (Wix lets only an account API key cancel invites);',
      ),
    ).toBeInTheDocument();
    await wizard.remove('Lena Park', UNNAMED);

    // The wizard stays on the removal step while the invite is left to the owner.
    expect(await screen.findByText('Lena Park was removed')).toBeInTheDocument();
    expect(await screen.findByText(CANCEL_TITLE)).toBeInTheDocument();
    expect(screen.getByText(/^• lena@parkstudio.design as Website Designer, sent/)).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('lena@parkstudio.design');
    expect(await emulatedInvite(wix)).toBe('Pending');
    expect(await appRecord(wix)).toBe('pending');
    expect((await wizard.log()).map((e) => e.action)).toEqual(['removed']);
    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices().some((n) => n.kind === 'navigation' && n.page.title === 'Roles & Permissions')).toBe(true);

    await wix.control.revokeInviteAsOwner('inv-lena-again');
    await user.click(screen.getByRole('button', { name: 'I cancelled them in Wix' }));
    expect(await screen.findByText('1 pending invite cancelled, 0 support passes closed.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(CANCEL_TITLE)).not.toBeInTheDocument());
    expect(await appRecord(wix)).toBe('revoked');
    const log = await wizard.log();
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['removed', 'done'],
      ['invite-revoked', 'done'],
    ]);
    expect(log[1]).toMatchObject({
      detail: 'The owner says they cancelled the invite in Wix Roles & Permissions',
      reason: 'Removed from the site: Spring redesign delivered',
    });
    expect(await inviteCalls(wix)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Continue to post-removal security' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText('Lena Park is gone')).toBeInTheDocument();
  });

  it('verification still lists the invite the owner has not cancelled yet, with the same guidance', async () => {
    await givenSecondInviteToLena(wix);
    const { user, wizard } = await removeLena(wix);
    await wizard.remove('Lena Park', UNNAMED);
    await user.click(await screen.findByRole('button', { name: 'Continue to post-removal security' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText('Lena Park is not fully gone')).toBeInTheDocument();
    expect(screen.getByText(CANCEL_TITLE)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try the removal again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I cancelled them in Wix' }));
    expect(await screen.findByText('Lena Park is gone')).toBeInTheDocument();
    expect(await appRecord(wix)).toBe('revoked');
    expect(await inviteCalls(wix)).toEqual([]);
  });
});

describe('Offboarding with a key that Wix refuses', () => {
  const wix = useEmulator('demo');

  it('falls back to the guided cancellation and says the key was refused (it stays connected)', async () => {
    await wix.connectKey();
    await givenSecondInviteToLena(wix);
    await wix.control.givenFaults({ path: '/invites/site-invite/inv-lena-again/revoke', status: 403, times: 1 });
    const { wizard } = await removeLena(wix);
    await wizard.remove('Lena Park', 'Website Designer');
    expect(
      await screen.findByText(/Wix refused the connected API key \(check it in the API Keys Manager, or disconnect it in Settings\)/),
    ).toBeInTheDocument();
    expect(await screen.findByText(CANCEL_TITLE)).toBeInTheDocument();
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    expect(await emulatedInvite(wix)).toBe('Pending');
    expect(await appRecord(wix)).toBe('pending');
  });
});
