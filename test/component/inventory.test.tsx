import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

/** What the People & invites tab showed, now the Access review checklist (it lists everyone and every invite). */
describe('Access review checklist: people & invites', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('lists everyone with access on the demo site, with role and join date', async () => {
    renderApp(wix);
    const powr = await screen.findByRole('row', { name: /POWR Support/ });
    expect(within(powr).getByText('support@powr.io')).toBeInTheDocument();
    expect(within(powr).getByText('Website Manager')).toBeInTheDocument();
    expect(within(powr).getByText(/5 months ago/)).toBeInTheDocument();
    const owner = screen.getByRole('row', { name: /Maya Levin/ });
    expect(within(owner).getByText('Owner')).toBeInTheDocument();
    expect(screen.getByText(/^5 people can get into this site\./)).toBeInTheDocument();
  });

  it('shows the invites the app knows with status and days left', async () => {
    renderApp(wix);
    const pending = await screen.findByRole('row', { name: /alex@ledgerlane.co/ });
    expect(within(pending).getByText('Pending')).toBeInTheDocument();
    expect(within(pending).getByText('Invite sent 27 days ago · expires in 3 days')).toBeInTheDocument();
    const expired = screen.getByRole('row', { name: /jordan.lens@gmail.com/ });
    expect(within(expired).getByText('Expired')).toBeInTheDocument();
  });

  it('shows an invite as accepted once the invitee joins', async () => {
    await wix.control.accept('inv-bookkeeper', 'alex.work@ledgerlane.co');
    renderApp(wix);
    const accepted = await screen.findByRole('row', { name: /^alex@ledgerlane\.co\s*Invite/ });
    expect(within(accepted).getByText('Accepted')).toBeInTheDocument();
    expect(within(accepted).getByText(/joined as alex.work@ledgerlane.co$/)).toBeInTheDocument();
  });

  it('explains that only invites sent from Site Access are known when there are none', async () => {
    await wix.control.reset('empty');
    renderApp(wix);
    expect(await screen.findByText(/^1 person can get into this site\. No invites yet sent from Site Access/)).toBeInTheDocument();
  });

  it('explains a missing permission, offers Roles & Permissions, and recovers on retry', async () => {
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 403, times: 1 });
    const { user, notices } = renderApp(wix);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Manage Contributors permission/);
    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices()).toEqual([
      expect.objectContaining({ kind: 'navigation', page: expect.objectContaining({ title: 'Roles & Permissions' }) }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('row', { name: /POWR Support/ })).toBeInTheDocument();
  });

  it.each([
    [500, /problem on its side/],
    [429, /too many requests/],
    [0, /could not be reached/],
  ])('shows a %i from Wix as a clear message, not an empty list', async (status, message) => {
    // Every Wix Data query fails: the backend's opening read, then the page's own read of each list.
    await wix.control.givenFaults({ path: '/wix-data/v2/items/query', status });
    renderApp(wix);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText(/No invites yet/)).not.toBeInTheDocument();
  });

  it('shows a response it cannot read as an error, not a crash', async () => {
    await wix.control.givenFaults({ path: '/roles-management/roles', status: 200, times: 1 });
    renderApp(wix);
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not expect/);
  });
});
