import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

async function openSupport(wix: ReturnType<typeof useEmulator>) {
  const app = renderApp(wix);
  await app.user.click(await screen.findByRole('tab', { name: 'Support access' }));
  return app;
}

/** The passes table row of this email (the email also shows in the guided panel). */
async function passRow(email: string): Promise<HTMLElement> {
  const row = (await screen.findAllByText(email)).map((el) => el.closest('tr')).find((tr) => tr !== null);
  if (!row) throw new Error(`no pass row for ${email}`);
  return row;
}

describe('Support access without an API key (guided invites, the default)', () => {
  const wix = useEmulator('empty');

  it('walks the POWR story: pass saved, the owner invites in Wix, the pass turns active by itself, revoke removes POWR', async () => {
    const { user, notices } = await openSupport(wix);
    await user.click(await screen.findByRole('button', { name: 'Grant access to POWR' }));
    await user.type(screen.getByLabelText(/Ticket/), '4711');
    await user.click(screen.getByRole('button', { name: 'Save pass' }));

    expect(await screen.findByText('Now invite POWR in Roles & Permissions')).toBeInTheDocument();
    expect(screen.getByText(/the invitation from Wix follows shortly/)).toBeInTheDocument();
    let state = await wix.control.state();
    expect(state.invites).toHaveLength(0); // the app cannot send it, and does not pretend to
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({
      status: 'awaiting-invite',
      roleTitle: 'Website Manager',
      ticket: '4711',
    });
    expect(state.tasks).toHaveLength(1);
    const log = foldedRows(state.collections[COLLECTIONS.accessLog]?.map((i) => i.data) ?? []);
    expect(log.map((e) => e.action)).toEqual(['pass-started']);
    expect(log[0]?.detail).toMatch(/Waiting for the owner to send the invite/);

    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices().some((n) => n.kind === 'navigation' && n.page.title === 'Roles & Permissions')).toBe(true);
    expect(
      within(await passRow('support@powr.io')).getByText('Waiting for you to send the invite in Roles & Permissions'),
    ).toBeInTheDocument();

    // The owner invites POWR in Wix's Roles & Permissions; POWR accepts. Then the page is opened again.
    const { invite } = await wix.control.sendInviteAsOwner('support@powr.io', 'Website Manager');
    const { accountId } = await wix.control.accept(invite.id);
    cleanup();
    const again = await openSupport(wix);
    expect(await within(await passRow('support@powr.io')).findByText('Active')).toBeInTheDocument();
    await waitFor(async () => {
      const joined = (await wix.control.state()).collections[COLLECTIONS.accessLog]?.find((i) => i.data.action === 'accepted');
      expect(joined?.data.detail).toMatch(/Joined the site on .* UTC; the support pass is active/);
    });
    state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({ status: 'invited', contributorAccountId: accountId });

    await again.user.click(within(await passRow('support@powr.io')).getByRole('button', { name: 'Revoke support@powr.io' }));
    await again.user.click(await screen.findByRole('button', { name: 'Revoke access' }));
    await screen.findByText("support@powr.io's access was revoked.");
    state = await wix.control.state();
    expect(state.contributors.some((c) => c.accountId === accountId)).toBe(false);
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({ status: 'revoked' });
    expect(state.tasks[0]?.status).toBe('COMPLETED');
  });

  it('revoking a pass whose invite may still be pending guides the owner to cancel it in Wix, and closes it when they confirm', async () => {
    const { user } = await openSupport(wix);
    await user.click(await screen.findByRole('button', { name: 'Grant access to POWR' }));
    await user.click(screen.getByRole('button', { name: 'Save pass' }));
    await user.click(await screen.findByRole('button', { name: 'I sent the invite' }));
    await screen.findByText(/Invitation sent to support@powr.io as Website Manager/);
    await user.click(within(await passRow('support@powr.io')).getByRole('button', { name: 'Revoke support@powr.io' }));
    await user.click(await screen.findByRole('button', { name: 'Revoke access' }));
    expect(await screen.findByText(/Cancel the pending invite to support@powr.io in Roles & Permissions/)).toBeInTheDocument();
    expect((await wix.control.state()).collections[COLLECTIONS.grants]?.[0]?.data.status).toBe('cancel-in-wix');

    await user.click(
      within(await passRow('support@powr.io')).getByRole('button', { name: 'I cancelled it: the invite to support@powr.io' }),
    );
    await screen.findByText("support@powr.io's support pass is closed.");
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data.status).toBe('revoked');
    expect(state.tasks[0]?.status).toBe('COMPLETED');
    const closing = foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((i) => i.data)).find(
      (e) => e.action === 'pass-revoked',
    );
    expect(closing?.detail).toBe('The owner says they cancelled the pending invite in Wix Roles & Permissions');
  });
});
