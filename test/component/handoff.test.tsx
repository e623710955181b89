import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/access/handoff-checklist';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

const BEFORE = CHECKLIST.filter((i) => i.phase === 'before').map((i) => i.label);
const AFTER = CHECKLIST.filter((i) => i.phase === 'new-owner' || i.phase === 'previous-owner').map((i) => i.label);

describe('handoff checklists', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());
  const handoffs = async () => (await wix.control.state()).collections[COLLECTIONS.handoffs] ?? [];

  async function openHandoffs() {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await screen.findByRole('button', { name: 'Start a handoff' });
    return app;
  }
  type User = Awaited<ReturnType<typeof openHandoffs>>['user'];

  async function startHandoff(user: User, email = 'jane@newowner.example') {
    await user.click(screen.getByRole('button', { name: 'Start a handoff' }));
    await user.type(screen.getByLabelText(/New owner's email/), email);
    await user.type(screen.getByLabelText("New owner's name"), 'Jane Roe');
    await user.click(screen.getByRole('checkbox', { name: 'Premium plan and billing' }));
    await user.click(screen.getByRole('button', { name: 'Start the checklist' }));
    await screen.findByText('Handoff to Jane Roe (jane@newowner.example)');
  }

  async function tick(user: User, label: string) {
    const box = screen.getByRole('checkbox', { name: label });
    await user.click(box);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: label })).toBeChecked());
    await waitFor(() => expect(screen.getByRole('checkbox', { name: label })).toBeEnabled());
  }

  it('is saved as it goes, resumed after a reload, and exported once finished', async () => {
    const first = await openHandoffs();
    await startHandoff(first.user);
    expect(screen.getByText('0 of 14 done')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'I started the transfer: remind me' })).toHaveAttribute('aria-disabled', 'true');
    const accepted = screen.getByRole('checkbox', { name: 'The new owner accepted the transfer' });
    expect(accepted).toBeDisabled();
    expect(
      screen.getByText('The new owner can only accept once the transfer is started: first record "I started the transfer".'),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Verify you can open the site dashboard' })).toBeDisabled();
    for (const label of BEFORE) await tick(first.user, label);
    expect(screen.getByRole('checkbox', { name: 'The new owner accepted the transfer' })).toBeDisabled();

    await first.user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(first.notices()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'navigation', page: expect.objectContaining({ title: 'Roles & Permissions' }) }),
      ]),
    );
    await first.user.click(screen.getByRole('button', { name: 'I started the transfer: remind me' }));
    expect(await screen.findByText(/Reminder in Tasks & Reminders for/)).toBeInTheDocument();
    const [task] = (await wix.control.state()).tasks;
    expect(task).toMatchObject({ title: 'Ownership transfer: check Jane Roe accepted', status: 'ACTION_NEEDED' });
    expect(Date.parse(task?.dueDate ?? '') - wix.clock().getTime()).toBeGreaterThan(6.9 * 86_400_000);

    // Later, in a fresh page: the handoff is still there, with its progress.
    cleanup();
    const { user } = await openHandoffs();
    const listed = screen.getByRole('row', { name: /Jane Roe/ });
    expect(within(listed).getByText('4 of 14 done')).toBeInTheDocument();
    await user.click(within(listed).getByRole('button', { name: 'Jane Roe (jane@newowner.example)' }));
    expect(screen.getByRole('checkbox', { name: BEFORE[0] ?? '' })).toBeChecked();
    expect(screen.getAllByText(/Done by The site owner/)).toHaveLength(4);

    expect(screen.getByRole('checkbox', { name: 'Verify you can open the site dashboard' })).toBeDisabled();
    await tick(user, 'The new owner accepted the transfer');
    expect(screen.getByRole('checkbox', { name: 'Verify you can open the site dashboard' })).toBeEnabled();
    expect((await wix.control.state()).tasks[0]?.status).toBe('COMPLETED');
    for (const label of AFTER.filter((l) => !l.startsWith('If the agency') && !l.includes('domain') && !l.includes('analytics')))
      await tick(user, label);
    expect(screen.getByRole('button', { name: 'Finish handoff' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'The agency keeps no role' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Finish handoff' })).not.toHaveAttribute('aria-disabled', 'true'));
    await user.click(screen.getByRole('button', { name: 'Finish handoff' }));

    const link = await screen.findByRole('link', { name: 'Download the summary (CSV)' });
    expect(link).toHaveAttribute('download', 'handoff-jane-newowner-example.csv');
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').split(',').slice(1).join(','));
    expect(csv).toContain('New owner,Jane Roe (jane@newowner.example)');
    expect(csv).toContain('What transfers,Site ownership; Premium plan and billing');
    expect(csv).toMatch(
      /After: the previous owner or agency,"If the agency keeps a role, make it a time-boxed support pass with a review date",Done,The site owner,.*,The agency keeps no role/,
    );
    await user.click(screen.getByRole('button', { name: 'Show the printable summary' }));
    const page = within(screen.getByRole('main'));
    expect(page.getByRole('heading', { name: 'Site handoff summary' })).toBeInTheDocument();
    expect(page.getByText('Received by (new owner): ______________________ Date: ________')).toBeInTheDocument();
    expect(page.getByText('Site ownership; Premium plan and billing')).toBeInTheDocument();

    const [saved] = await handoffs();
    expect(saved?.data).toMatchObject({
      newOwnerEmail: 'jane@newowner.example',
      transfers: ['site', 'premium-plan'],
      finishedBy: 'The site owner',
    });
    expect((saved?.data.items as unknown[]).length).toBe(14);
    const steps = foldedRows(((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data))
      .filter((e) => e.action === 'handoff-step')
      .map((data) => ({ data }));
    expect(steps.map((e) => e.data.detail)).toEqual(
      expect.arrayContaining(['Handoff checklist started', 'Ownership transfer started in Wix', 'Handoff finished']),
    );
    expect(steps.every((e) => e.data.outcome === 'done')).toBe(true);
  });

  it('hands an agency that keeps a role to the support tab and records it', async () => {
    const { user } = await openHandoffs();
    await startHandoff(user);
    await user.type(screen.getByLabelText('Agency email'), 'support@powr.io');
    await user.click(screen.getByRole('button', { name: 'Make it a support pass' }));
    await waitFor(() => expect(screen.queryByText(/Handoff to Jane Roe/)).not.toBeInTheDocument());
    expect(screen.getByRole('tab', { name: 'Support access' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText(/Support email/)).toHaveValue('support@powr.io');
    expect(screen.getByLabelText(/Role/)).toHaveDisplayValue('Website Manager');
    const [saved] = await handoffs();
    expect(saved?.data.items).toEqual([
      expect.objectContaining({ id: 'agency-role', note: 'Support pass for support@powr.io as Website Manager' }),
    ]);
  });

  it('explains a bad email and a second open handoff to the same person', async () => {
    const { user } = await openHandoffs();
    await user.click(screen.getByRole('button', { name: 'Start a handoff' }));
    await user.type(screen.getByLabelText(/New owner's email/), 'jane@');
    await user.click(screen.getByRole('button', { name: 'Start the checklist' }));
    expect(await screen.findByText('"jane@" is not a valid email address.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await startHandoff(user);
    await user.click(screen.getByRole('button', { name: 'All handoffs' }));
    await user.click(await screen.findByRole('button', { name: 'Start a handoff' }));
    await user.type(screen.getByLabelText(/New owner's email/), 'JANE@newowner.example');
    await user.click(screen.getByRole('button', { name: 'Start the checklist' }));
    expect(await screen.findByText('There is already an open handoff to jane@newowner.example. Continue that one.')).toBeInTheDocument();
    expect(await handoffs()).toHaveLength(1);
  });

  it('leaves nothing half-done when Wix refuses a step', async () => {
    const { user, notices } = await openHandoffs();
    await startHandoff(user);
    await wix.control.givenFaults({ path: '/wix-data/v2/items/update', status: 500, times: 1 });
    await user.click(screen.getByRole('checkbox', { name: BEFORE[0] ?? '' }));
    await waitFor(() =>
      expect(notices()).toEqual(
        expect.arrayContaining([expect.objectContaining({ kind: 'toast', toast: expect.objectContaining({ type: 'error' }) })]),
      ),
    );
    expect(screen.getByRole('checkbox', { name: BEFORE[0] ?? '' })).not.toBeChecked();
    expect((await handoffs())[0]?.data.items).toEqual([]);

    for (const label of BEFORE) await tick(user, label);
    await wix.control.givenFaults({ path: '/crm/tasks/v2/tasks', status: 429, times: 1 });
    await user.click(screen.getByRole('button', { name: 'I started the transfer: remind me' }));
    await waitFor(() => expect(notices().some((n) => n.kind === 'toast' && /too many requests/.test(n.toast.message))).toBe(true));
    expect((await wix.control.state()).tasks).toEqual([]);
    expect((await handoffs())[0]?.data.items).toHaveLength(3);
  });
});
