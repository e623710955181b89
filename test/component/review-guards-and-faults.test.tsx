import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow, decide, logEntries, startReview } from '../support/review-helpers';

const removals = async (wix: ReturnType<typeof useEmulator>) =>
  (await wix.control.requests()).filter((r) => r.path.includes('/contributor/'));

describe('Access review: refusals, bad input and Wix failures', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('never offers to remove the owner: their row is kept without a click', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    const owner = await checklistRow('Maya Levin');
    expect(within(owner).queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    expect(within(owner).getByText('The site owner always keeps access')).toBeInTheDocument();
    expect(await removals(wix)).toEqual([]);
  });

  it('refuses to remove or downgrade the only co-owner', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('Daniel Cohen')).getByRole('button', { name: /^Change role/ }));
    const panel = await screen.findByRole('dialog', { name: 'Change the role of Daniel Cohen' });
    expect(within(panel).getByRole('alert')).toHaveTextContent(/only Admin \(Co-Owner\)/);
    await user.click(within(panel).getByRole('button', { name: 'Back' }));
    await user.click(within(await checklistRow('Daniel Cohen')).getByRole('button', { name: /^Remove/ }));
    expect(within(await screen.findByRole('dialog')).getByRole('alert')).toHaveTextContent(/Make someone else an admin first/);
    expect(await removals(wix)).toEqual([]);
  });

  it('requires a trimmed reason within 500 characters, shown as text', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await decide(user, 'Lena Park', /^Remove/, '   ', 'Remove from site');
    const panel = screen.getByRole('dialog');
    expect(await within(panel).findByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    const box = within(panel).getByRole('textbox', { name: /Reason/ });
    await user.clear(box);
    await user.click(box);
    await user.paste('x'.repeat(501));
    await user.click(within(panel).getByRole('button', { name: 'Remove from site' }));
    expect(await within(panel).findByText('Keep the reason under 500 characters (now 501).')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '<b>Project over</b>');
    await user.click(within(panel).getByRole('button', { name: 'Remove from site' }));
    const row = await checklistRow('Lena Park');
    await within(row).findByText('Removed');
    expect(within(row).getByText('<b>Project over</b>')).toBeInTheDocument();
    expect((await removals(wix)).length).toBe(1);
  });

  it.each([
    [403, /Manage Contributors permission/],
    [404, /could not find it/],
    [409, /changed at the same time/],
    [429, /too many requests/],
    [500, /problem on its side/],
    [0, /could not be reached/],
  ])('shows a %i on removal on the person’s row, keeps the review, and retries', async (status, message) => {
    const { user, notices } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Keep Sam Ortiz' }));
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status, times: 1 });
    await decide(user, 'Lena Park', /^Remove/, 'Project over', 'Remove from site');
    const row = await checklistRow('Lena Park');
    expect(await within(row).findByRole('alert')).toHaveTextContent(message);
    expect(notices().some((n) => n.kind === 'toast' && n.toast.type === 'error' && n.toast.message.startsWith('Lena Park:'))).toBe(true);
    expect(within(await checklistRow('Sam Ortiz')).getByText('Kept')).toBeInTheDocument();
    expect(screen.getByText('2 of 7 reviewed')).toBeInTheDocument();
    expect((await logEntries(wix)).find((e) => e.action === 'removed')).toMatchObject({ outcome: 'failed' });
    await user.click(within(row).getByRole('button', { name: 'Retry for Lena Park' }));
    await waitFor(async () => expect(within(await checklistRow('Lena Park')).getByText('Removed')).toBeInTheDocument());
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('lena@parkstudio.design');
    await waitFor(() => expect(screen.getByText('3 of 7 reviewed')).toBeInTheDocument());
  });

  it('shows a failed invite cancellation on the invite’s row', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await wix.control.givenFaults({ path: '/invites/site-invite/inv-photographer/revoke', status: 500, times: 1 });
    await decide(user, 'jordan.lens@gmail.com', /^Cancel/, 'Not needed', 'Cancel invite');
    expect(await within(await checklistRow('jordan.lens@gmail.com')).findByRole('alert')).toHaveTextContent(/cancel the invite/);
    expect((await wix.control.state()).invites.find((i) => i.id === 'inv-photographer')?.status).toBe('Expired');
  });
});
