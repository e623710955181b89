import { cleanup, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { inviteRecordSchema } from '../../src/access/invite-records';
import { formatDate } from '../../src/access/format';
import { grantSchema } from '../../src/access/support-pass';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { offboardingDriver } from '../support/offboarding-driver';
import { renderApp } from '../support/render-app';

describe('Offboarding wizard against the demo site', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('offboards the forgotten POWR account: plan, remove, secure, verify, document', async () => {
    const { user, notices } = renderApp(wix);
    const wizard = offboardingDriver(wix, user);
    await wizard.openTab();
    await user.type(await screen.findByLabelText('Search people with access'), 'powr');
    expect(screen.getAllByRole('row')).toHaveLength(2);
    await wizard.start('POWR Support');
    await wizard.plan({ reason: 'Ticket <b>4411</b> closed', credentials: 'POWR widget API key' });

    expect(await screen.findByText('• cancel any pending invite to support@powr.io (none is known now);')).toBeInTheDocument();
    await wizard.remove('POWR Support', 'Website Manager');
    expect(await screen.findByRole('heading', { name: 'They had admin access' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'They could add custom code' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'For every removal' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'They had billing access' })).not.toBeInTheDocument();
    expect(screen.getByText('From the plan: POWR widget API key')).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('support@powr.io');

    await user.click(screen.getByRole('checkbox', { name: 'Rotate API keys and tokens' }));
    expect(await screen.findByText(/^Done .* by The site owner$/)).toBeInTheDocument();
    expect(screen.getByText(/^1 of 10 checks done/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Open Manage Installed Apps/ }));
    expect(notices()).toContainEqual(
      expect.objectContaining({ kind: 'navigation', page: expect.objectContaining({ title: 'Manage Installed Apps' }) }),
    );

    await user.click(screen.getByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText('POWR Support is gone')).toBeInTheDocument();
    expect(screen.getByText('No invite to support@powr.io remains.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue to documentation' }));

    expect(await screen.findByText('Still in progress: 9 security checks open')).toBeInTheDocument();
    const row = screen.getAllByRole('row').at(-1);
    if (!row) throw new Error('no documentation row');
    const joined = (await wix.control.state()).now;
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual([
      'POWR Support',
      'support@powr.io',
      'Website Manager',
      formatDate(new Date(Date.parse(joined) - 163 * 86_400_000)),
      formatDate(new Date(joined)),
      'Ticket <b>4411</b> closed',
      'The site owner',
    ]);
    const message = screen.getByRole('textbox', { name: 'Message for the team' });
    if (!(message instanceof HTMLTextAreaElement)) throw new Error('the message is not a text area');
    expect(message.value).toContain('POWR Support (support@powr.io) no longer has access to our Wix site.');
    expect(message.value).toContain('Reason: Ticket <b>4411</b> closed');
    expect(message.value).toContain('Security follow-up: 1 of 10 checks done.\nStill to do:\n- Review their recent changes');
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(await navigator.clipboard.readText()).toBe(message.value);
    expect(notices()).toContainEqual(
      expect.objectContaining({ kind: 'toast', toast: expect.objectContaining({ message: 'Message copied. Paste it to your team.' }) }),
    );

    const log = await wizard.log();
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['removed', 'done'],
      ['security-check', 'done'],
      ['offboarding-documented', 'done'],
    ]);
    expect(log[0]).toMatchObject({
      subjectEmail: 'support@powr.io',
      subjectName: 'POWR Support',
      role: 'Website Manager',
      reason: 'Ticket <b>4411</b> closed',
      actor: 'The site owner',
    });
    expect(log[2]?.detail).toMatch(
      /^Offboarding documented\. Added .*; removed .* by The site owner; verified gone .*; security checks 1 of 10 done\.$/,
    );
    const [record] = await wizard.records();
    expect(record).toMatchObject({ status: 'in-progress', step: 'document', removal: 'removed' });
    expect(record?.verifiedAt).toBeInstanceOf(Date);
  });

  it('offboards the designer: custom-code checks only, her pending invite revoked and her support pass closed', async () => {
    const now = wix.clock();
    const sentAt = new Date(now.getTime() - 2 * 86_400_000);
    const expiresAt = new Date(now.getTime() + 28 * 86_400_000);
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
    const task = await wix.gateway.reminders.create({ title: 'Revoke Park Studio access', dueDate: expiresAt });
    await wix.gateway.records.insert(COLLECTIONS.grants, grantSchema, {
      email: 'Lena@ParkStudio.design',
      vendorName: 'Park Studio',
      status: 'invited',
      reminderTaskId: task._id,
      ticket: 'PS-12',
      roleId: 'role-website-designer',
      roleTitle: 'Website Designer',
      reason: 'Spring shoot',
      createdAt: sentAt,
      expiresAt,
      sentManually: false,
    });

    const { user } = renderApp(wix);
    const wizard = offboardingDriver(wix, user);
    await wizard.openTab();
    await wizard.start('Lena Park');
    await wizard.plan({ reason: 'Spring redesign delivered', takenOverBy: 'Daniel Cohen' });
    expect(await screen.findByText('• cancel 1 pending invite to lena@parkstudio.design;')).toBeInTheDocument();
    await wizard.remove('Lena Park', 'Website Designer');

    expect(await screen.findByRole('heading', { name: 'They could add custom code' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'They had admin access' })).not.toBeInTheDocument();
    expect(screen.getByText(/^0 of 6 checks done/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue to verification' }));
    expect(await screen.findByText('Lena Park is gone')).toBeInTheDocument();

    const state = await wix.control.state();
    expect(state.invites.find((i) => i.id === 'inv-lena-again')?.status).toBe('Deleted');
    const pass = state.collections[COLLECTIONS.grants]?.[0]?.data;
    expect(pass).toMatchObject({ status: 'revoked', revokedBy: 'The site owner', ticket: 'PS-12', vendorName: 'Park Studio' });
    expect(state.tasks.find((t) => t.id === task._id)?.status).toBe('COMPLETED');
    expect((await wizard.log()).map((e) => [e.action, e.outcome])).toEqual([
      ['removed', 'done'],
      ['invite-revoked', 'done'],
      ['pass-revoked', 'done'],
    ]);
    await user.click(screen.getByRole('button', { name: /^\d?\s*Remove$/ }));
    expect(screen.getByText('1 pending invite cancelled, 1 support pass closed.')).toBeInTheDocument();
  });

  it('resumes after a reload, with several offboardings in progress at once', async () => {
    const first = renderApp(wix);
    let wizard = offboardingDriver(wix, first.user);
    await wizard.openTab();
    await wizard.start('POWR Support');
    await wizard.plan({ reason: 'Ticket closed', notes: '<script>alert(1)</script> keep as text' });
    await screen.findByRole('button', { name: 'Remove POWR Support' });
    await first.user.click(screen.getByRole('button', { name: 'Back to the list' }));
    await wizard.start('Lena Park');

    cleanup();
    const second = renderApp(wix);
    wizard = offboardingDriver(wix, second.user);
    await wizard.openTab();
    const powr = await screen.findByRole('row', { name: /POWR Support \(support@powr.io\)/ });
    expect(within(powr).getByText('Step 3 of 6 · Remove')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Lena Park \(lena@parkstudio.design\)/ })).getByText('Step 2 of 6 · Plan'),
    ).toBeInTheDocument();
    await second.user.click(within(powr).getByRole('button', { name: 'Continue the offboarding of POWR Support' }));
    expect(await screen.findByRole('button', { name: 'Remove POWR Support' })).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: /Plan/ }));
    expect(screen.getByLabelText('Notes')).toHaveValue('<script>alert(1)</script> keep as text');
    expect((await wizard.records()).map((r) => [r.name, r.step, r.status])).toEqual(
      expect.arrayContaining([
        ['POWR Support', 'remove', 'in-progress'],
        ['Lena Park', 'plan', 'in-progress'],
      ]),
    );
  });
});
