import { screen, within, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator, whenQuiet } from '../support/emulator';
import { offboardingDriver } from '../support/offboarding-driver';
import { renderApp } from '../support/render-app';

const REMOVE = '/roles-management/contributor/remove';

describe('Offboarding: guards, bad input and Wix faults', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  const startSam = async () => {
    const { user, notices } = renderApp(wix);
    const wizard = offboardingDriver(wix, user);
    await wizard.openTab();
    await wizard.start('Sam Ortiz');
    await wizard.plan({ reason: 'Blog paused' });
    await screen.findByRole('button', { name: 'Remove Sam Ortiz' });
    return { user, notices, wizard };
  };

  it('never lets the owner be chosen, nor the only co-owner, and says why', async () => {
    const { user } = renderApp(wix);
    await offboardingDriver(wix, user).openTab();
    expect(await screen.findByRole('button', { name: 'Offboard Maya Levin' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/Maya Levin is the site owner\. Wix never lets anyone remove or change the owner/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Offboard Daniel Cohen' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(/Daniel Cohen is the only Admin \(Co-Owner\)\. Make someone else an admin first/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Offboard Lena Park' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('lets the co-owner be offboarded once another admin exists', async () => {
    await wix.gateway.contributors.changeRole('acc-sam', '6732588207941061632');
    const { user } = renderApp(wix);
    const wizard = offboardingDriver(wix, user);
    await wizard.openTab();
    await wizard.start('Daniel Cohen');
    expect((await wizard.records())[0]).toMatchObject({ name: 'Daniel Cohen', roleTitles: ['Admin (Co-Owner)'], step: 'plan' });
  });

  it('needs a reason and keeps notes within their limit, saving nothing until they are fixed', async () => {
    const { user } = renderApp(wix);
    const wizard = offboardingDriver(wix, user);
    await wizard.openTab();
    await wizard.start('Sam Ortiz');
    await user.click(screen.getByLabelText('Notes'));
    await user.paste('x'.repeat(1001));
    expect(screen.getByText('Notes: keep it under 1000 characters (now 1001).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue to removal' }));
    expect(screen.getByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    expect((await wizard.records())[0]?.step).toBe('plan');
    expect(screen.queryByRole('button', { name: 'Remove Sam Ortiz' })).not.toBeInTheDocument();
  });

  it('cancels an offboarding before anything changed on the site, keeping it as cancelled', async () => {
    const { user, wizard } = await startSam();
    await user.click(screen.getByRole('button', { name: /^\d?\s*Plan$/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel offboarding' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel offboarding' }));
    expect(await screen.findByRole('button', { name: 'Offboard Sam Ortiz' })).toBeInTheDocument();
    expect(screen.queryByText('Offboardings')).not.toBeInTheDocument();
    expect((await wizard.records())[0]?.status).toBe('cancelled');
    expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-sam');
  });

  it.each([
    [403, /needs the Manage Contributors permission/],
    [429, /too many requests/],
    [500, /problem on its side/],
    [0, /could not be reached/],
  ])('stays on the removal step after a %i, with the reason and a retry, and logs nothing as done', async (status, reason) => {
    const { user, wizard } = await startSam();
    await wix.control.givenFaults({ path: REMOVE, status, times: 1 });
    await wizard.remove('Sam Ortiz', 'Blog Writer');
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
    expect(screen.getByText("Couldn't remove Sam Ortiz")).toBeInTheDocument();
    if (status === 403) expect(screen.getByRole('button', { name: 'Open Roles & Permissions' })).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.accountId)).toContain('acc-sam');
    expect((await wizard.log()).map((e) => [e.action, e.outcome])).toEqual([['removed', 'failed']]);
    expect((await wizard.records())[0]).toMatchObject({ step: 'remove', removal: null });

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'For every removal' })).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.accountId)).not.toContain('acc-sam');
    expect((await wizard.log()).map((e) => e.outcome)).toEqual(['failed', 'done']);
  });

  it('says so when they were already removed elsewhere (404) and continues to verification', async () => {
    const { wizard, notices } = await startSam();
    await wix.gateway.contributors.remove('acc-sam');
    await wizard.remove('Sam Ortiz', 'Blog Writer');
    expect(await screen.findByText('Sam Ortiz is gone')).toBeInTheDocument();
    expect(screen.getByText('Sam Ortiz had already been removed elsewhere before Site Access tried.')).toBeInTheDocument();
    await waitFor(() =>
      expect(notices()).toContainEqual(
        expect.objectContaining({
          toast: expect.objectContaining({ message: 'Sam Ortiz had already been removed from the site elsewhere.' }),
        }),
      ),
    );
    expect((await wizard.records())[0]).toMatchObject({ step: 'verify', removal: 'already-removed' });
  });

  it('shows a failed verification with Retry, then the result', async () => {
    const { user } = await startSam();
    await offboardingDriver(wix, user).remove('Sam Ortiz', 'Blog Writer');
    await screen.findByRole('heading', { name: 'For every removal' });
    // The removal's own re-reads of the site finish first, so the fault meets the verification's read.
    await whenQuiet(wix);
    await wix.control.givenFaults({ path: '/roles-management/v2/contributors/query', status: 500, times: 1 });
    await user.click(screen.getByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText(/Couldn't load the people with access: Wix had a problem on its side/)).toHaveAttribute('role', 'alert');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Sam Ortiz is gone')).toBeInTheDocument();
  });

  it('says when Wix still lists them after the removal, and offers to remove them again', async () => {
    const { user, wizard } = await startSam();
    // Wix answers 200 but nothing happens: the verification must catch it.
    await wix.control.givenFaults({ path: REMOVE, status: 200, times: 1 });
    await wizard.remove('Sam Ortiz', 'Blog Writer');
    await user.click(await screen.findByRole('button', { name: 'Continue to verification' }));
    expect(
      await screen.findByText(/^Sam Ortiz still has access: Wix still lists sam\.ortiz\.writes@gmail\.com among the people with access/),
    ).toHaveAttribute('role', 'alert');
    expect(screen.queryByRole('button', { name: 'Continue to documentation' })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Try the removal again' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Sam Ortiz is gone')).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.accountId)).not.toContain('acc-sam');
  });
});
