import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

async function openPowrForm(wix: ReturnType<typeof useEmulator>) {
  const app = renderApp(wix);
  await app.user.click(await screen.findByRole('tab', { name: 'Support access' }));
  await app.user.click(await screen.findByRole('button', { name: 'Grant access to POWR' }));
  return app;
}

describe('Support access: granting a pass', () => {
  const wix = useEmulator('empty');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('grants POWR Website Manager for a ticket: invite, reminder, record, log and the reply to paste', async () => {
    const { user } = await openPowrForm(wix);
    expect(screen.getByLabelText(/Role/)).toHaveDisplayValue('Website Manager');
    await user.type(screen.getByLabelText('Ticket reference'), '#4711');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText(/Invitation sent to support@powr.io as Website Manager for ticket .*, until/)).toBeInTheDocument();
    const state = await wix.control.state();
    expect(state.invites).toEqual([
      expect.objectContaining({ email: 'support@powr.io', invitePurpose: 'Support ticket #4711', status: 'Pending' }),
    ]);
    expect(state.tasks).toEqual([expect.objectContaining({ title: 'Revoke support@powr.io (Website Manager) — ticket #4711' })]);
    const days = (Date.parse(state.tasks[0]?.dueDate ?? '') - wix.clock().getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    expect(foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).map((e) => [e.action, e.outcome])).toEqual([
      ['invited', 'done'],
    ]);
    const row = await screen.findByRole('row', { name: /support@powr.io/ });
    expect(within(row).getByText('Invited')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy reply' }));
    expect(await navigator.clipboard.readText()).toMatch(/^Invitation sent to support@powr.io/);
  });

  it('sends one invite however often the button is clicked', async () => {
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', delayMs: 300, times: 1 });
    const { user } = await openPowrForm(wix);
    const send = screen.getByRole('button', { name: 'Send invite' });
    await user.click(send);
    await user.click(send);
    await user.click(send);
    await screen.findByText(/Invitation sent to support@powr.io as/);
    expect((await wix.control.requests()).filter((r) => r.path === '/invites/site-invite/bulk')).toHaveLength(1);
  });

  it('explains each bad value and sends nothing', async () => {
    const { user } = await openPowrForm(wix);
    await user.clear(screen.getByLabelText(/Support email/));
    await user.type(screen.getByLabelText(/Support email/), 'support@powr');
    await user.clear(screen.getByLabelText(/Reason/));
    await user.type(screen.getByLabelText('Ticket reference'), '<b>1</b>');
    await user.click(screen.getByRole('radio', { name: 'Until a date' }));
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2020-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(screen.getByText('Enter a valid email address, like support@vendor.com.')).toBeInTheDocument();
    expect(screen.getByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    expect(screen.getByText(/Use letters, digits, spaces/)).toBeInTheDocument();
    expect(screen.getByText('Choose a date in the future.')).toBeInTheDocument();
    const far = new Date(wix.clock().getTime() + 120 * 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: far } });
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(screen.getByText('Support access can last 90 days at most.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: 'x'.repeat(501) } });
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(screen.getByText('Keep the reason under 500 characters.')).toBeInTheDocument();
    const state = await wix.control.state();
    expect(state.invites).toEqual([]);
    expect(state.collections[COLLECTIONS.grants]).toEqual([]);
  });

  it("when Wix refuses the connected key: keeps it (never dropped behind the owner's back), guides through Roles & Permissions, and tracks an invite sent by hand", async () => {
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', status: 403, times: 1 });
    const { user, notices } = await openPowrForm(wix);
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText('Now invite POWR in Roles & Permissions')).toBeInTheDocument();
    expect(
      screen.getByText(/Wix refused the connected API key \(check it in the API Keys Manager, or disconnect it in Settings\)/),
    ).toBeInTheDocument();
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    expect((await wix.control.state()).invites.filter((i) => i.email === 'support@powr.io')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices().some((n) => n.kind === 'navigation' && n.page.title === 'Roles & Permissions')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'I sent the invite' }));
    expect(await screen.findByText(/Invitation sent to support@powr.io as/)).toBeInTheDocument();
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({ status: 'invited', sentManually: true });
    expect(state.tasks).toHaveLength(1);
  });

  it('marks the pass failed when Wix has a problem, and retries it from the table', async () => {
    await wix.control.givenFaults({ path: '/invites/site-invite/bulk', status: 500, times: 1 });
    const { user } = await openPowrForm(wix);
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText(/Wix had a problem on its side \(500\)/)).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /support@powr.io/ });
    expect(within(row).getByText('Failed')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Retry support@powr.io' }));
    expect(await screen.findByText(/Invitation sent to support@powr.io as/)).toBeInTheDocument();
    expect((await wix.control.state()).invites).toHaveLength(1);
  });

  it('adds a vendor to the directory and grants from it', async () => {
    const app = renderApp(wix);
    const { user } = app;
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: '+ Add a vendor' }));
    await user.type(screen.getByLabelText('Vendor name'), 'Acme Forms');
    await user.type(screen.getByLabelText('Support email'), 'help@acmeforms.example');
    await user.clear(screen.getByLabelText('Days of access'));
    await user.type(screen.getByLabelText('Days of access'), '3');
    await user.click(screen.getByRole('button', { name: 'Save vendor' }));
    await user.click(await screen.findByRole('button', { name: 'Grant access to Acme Forms' }));
    expect(screen.getByLabelText(/Support email/)).toHaveValue('help@acmeforms.example');
    expect(screen.getByRole('radio', { name: 'Until a date' })).toBeChecked();
    expect((await wix.control.state()).collections[COLLECTIONS.vendors]?.[0]?.data).toMatchObject({ name: 'Acme Forms', defaultDays: 3 });
  });
});

describe('Support access when the vendor already has access', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('offers to put the forgotten POWR account on a pass instead of inviting again', async () => {
    const { user } = await openPowrForm(wix);
    await user.type(screen.getByLabelText('Ticket reference'), '4711');
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(screen.getByText(/support@powr.io already has access as Website Manager/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Put current access on this pass' }));
    expect(await screen.findByText(/support@powr.io keeps access as Website Manager.* until/)).toBeInTheDocument();
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({ status: 'invited', contributorAccountId: 'acc-powr' });
    expect(state.tasks).toHaveLength(1);
    expect((await wix.control.requests()).some((r) => r.path.includes('site-invite'))).toBe(false);
    await waitFor(() => expect(within(screen.getByRole('row', { name: /support@powr.io/ })).getByText('Active')).toBeInTheDocument());
  });
});
