import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { offboardingDriver } from '../support/offboarding-driver';
import { renderApp } from '../support/render-app';

/** The designer's six checks: custom code (3) and every removal (3). */
const LENA_CHECKS = [
  'Review custom code (Settings, Custom Code)',
  'Look for backdoors and unauthorised tracking',
  'Remove any personal scripts they added',
  'Update team documentation',
  'Notify stakeholders (the message in the last step)',
  'Remove them from external tools such as analytics and tag managers',
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Offboarding security checks', () => {
  const wix = useEmulator('demo');
  // Connected mode: the checks follow the role's name, which only the roles catalogue gives.
  beforeEach(() => wix.connectKey());

  async function offboardLena() {
    const app = renderApp(wix);
    const wizard = offboardingDriver(wix, app.user);
    await wizard.openTab();
    await screen.findByRole('button', { name: 'Offboard Lena Park' });
    await wizard.start('Lena Park');
    await wizard.plan({ reason: 'Spring redesign delivered' });
    await wizard.remove('Lena Park', 'Website Designer');
    await screen.findByRole('heading', { name: 'They could add custom code' });
    return { ...app, wizard };
  }

  it('stays in progress while checks are open, lists them, and completes once each is done or skipped with a reason', async () => {
    const { user, wizard } = await offboardLena();
    await user.click(screen.getByRole('checkbox', { name: LENA_CHECKS[0] }));
    await waitFor(() => expect(screen.queryByText('Saving the checks…')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Continue to verification' }));
    await user.click(await screen.findByRole('button', { name: 'Continue to documentation' }));

    expect(await screen.findByText('Still in progress: 5 security checks open')).toBeInTheDocument();
    expect(screen.queryByText('Offboarding complete')).not.toBeInTheDocument();
    expect((await wizard.records())[0]).toMatchObject({ status: 'in-progress', step: 'document' });
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(await screen.findByText(/^1 offboarding in progress/)).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /Lena Park/ });
    expect(within(row).queryByText('Completed')).not.toBeInTheDocument();
    expect(within(row).getByText('Security: 1 of 6 checks done, 5 open')).toBeInTheDocument();
    expect(within(row).getByText(`Open: ${LENA_CHECKS.slice(1).join('; ')}`)).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Continue the offboarding of Lena Park' }));
    await user.click(await screen.findByRole('button', { name: 'Finish the checks' }));
    for (const label of LENA_CHECKS.slice(1, 5)) await user.click(screen.getByRole('checkbox', { name: label }));
    const last = LENA_CHECKS[5] ?? '';
    await user.click(screen.getByRole('button', { name: `Skip with reason: ${last}` }));
    await user.click(screen.getByRole('button', { name: 'Skip this check' }));
    expect(screen.getByText(/^Give a reason for skipping this check/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(`Why skip "${last}"?`), 'She never had access to our analytics');
    await user.click(screen.getByRole('button', { name: 'Skip this check' }));
    expect(screen.getByText(/^Skipped .* by The site owner: She never had access to our analytics$/)).toBeInTheDocument();
    expect(await screen.findByText(/^5 of 6 checks done, 1 skipped\./)).toBeInTheDocument();

    await waitFor(async () => expect((await wizard.records())[0]?.status).toBe('completed'));
    const [record] = await wizard.records();
    expect(record?.checks.find((c) => c.id === 'everyone-tools')).toMatchObject({
      tickedAt: null,
      skippedBy: 'The site owner',
      skipReason: 'She never had access to our analytics',
    });
    // The record is saved first, then the skip's log entry is closed: wait for that too.
    await waitFor(async () => {
      const skip = (await wizard.log()).find((e) => e.detail === `Security check skipped: ${last}`);
      expect(skip).toMatchObject({ action: 'security-check', reason: 'She never had access to our analytics', outcome: 'done' });
    });
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(await screen.findByText(/^0 offboardings in progress/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Lena Park/ })).getByText('Completed')).toBeInTheDocument();
  });

  it('keeps every tick made while another is saving, in order, and shows each one at once', async () => {
    const { user, wizard } = await offboardLena();
    await wix.control.givenFaults({ path: '/wix-data/v2/items/update', delayMs: 700, times: 20 });
    for (const label of LENA_CHECKS) {
      const box = screen.getByRole('checkbox', { name: label });
      expect(box).toBeEnabled();
      await user.click(box);
      expect(screen.getByRole('checkbox', { name: label })).toBeChecked();
      await sleep(300);
    }
    expect(screen.getByText(/^6 of 6 checks done\./)).toBeInTheDocument();
    expect(screen.getByText('Saving the checks…')).toBeInTheDocument();
    // Continuing while they save waits for them; the next step starts from the saved record.
    await user.click(screen.getByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText('Lena Park is gone')).toBeInTheDocument();

    const [record] = await wizard.records();
    expect(record?.checks.map((c) => c.tickedBy)).toEqual(LENA_CHECKS.map(() => 'The site owner'));
    const times = record?.checks.map((c) => c.tickedAt?.getTime() ?? 0) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const ticks = (await wizard.log()).filter((e) => e.action === 'security-check');
    expect(ticks.map((e) => [e.detail, e.outcome])).toEqual(LENA_CHECKS.map((label) => [`Security check done: ${label}`, 'done']));
    expect(record?.step).toBe('verify');
  });
});
