import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { peopleQuery } from '../../src/page/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

describe('Extend access: one click is one extension', () => {
  const wix = useEmulator('empty');
  beforeEach(() => wix.connectKey());

  it('two fast clicks on Extend access extend once, with one log line', async () => {
    const { roles } = await peopleQuery(wix.gateway).queryFn();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' };
    await grantPass(
      context,
      {
        email: 'support@powr.io',
        vendorName: 'POWR',
        role,
        ticket: '4711',
        reason: 'Widget',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: false,
        requestedBy: 'Maya',
      },
      true,
    );
    // Each extension's first Wix call is slow, so a second click lands while the first is running.
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items', delayMs: 300, times: 2 });
    const { user, notices } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Extend support@powr.io' }));
    fireEvent.change(screen.getByLabelText('New end date'), { target: { value: addDays(wix.clock(), 20).toISOString().slice(0, 10) } });
    await user.type(screen.getByLabelText(/Why it needs longer/), 'Still reproducing the bug');
    const button = screen.getByRole('button', { name: 'Extend access' });
    fireEvent.click(button);
    fireEvent.click(button);
    await waitFor(() => expect(notices().some((n) => n.kind === 'toast' && /now ends/.test(n.toast.message))).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 800));
    const log = (await wix.control.state()).collections[COLLECTIONS.accessLog] ?? [];
    expect(
      foldedRows(log.map((e) => e.data))
        .filter((e) => e.action === 'extended')
        .map((e) => e.outcome),
    ).toEqual(['done']);
  });
});

describe('Save pass: one form, one pass', () => {
  const wix = useEmulator('empty');

  it('a double click on Save pass, while Wix is slow, saves one pass with one task and one log line (#26.6)', async () => {
    // The pass's insert is slow, so the second click lands while the first command is running.
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items', delayMs: 300, times: 2 });
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Grant access to POWR' }));
    await user.type(screen.getByLabelText(/Ticket/), '4711');
    await user.dblClick(screen.getByRole('button', { name: 'Save pass' }));
    expect(await screen.findByText('Now invite POWR in Roles & Permissions')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 800));
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants] ?? []).toHaveLength(1);
    expect(state.tasks).toHaveLength(1);
    const log = foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data));
    expect(log.filter((e) => e.action === 'pass-started')).toHaveLength(1);
  });
});
