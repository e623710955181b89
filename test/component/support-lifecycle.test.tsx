import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { buildRequestLink } from '../../src/access/request-link';
import { peopleQuery } from '../../src/page/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

describe('Support access: a pass through its life', () => {
  const wix = useEmulator('empty');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  /** Given: POWR was granted 7 days of Website Manager for ticket 4711. */
  async function givenPowrPass() {
    const { roles } = await peopleQuery(wix.gateway).queryFn();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' };
    return grantPass(
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
  }

  it('a remind-only pass: active once POWR accepts, then due with a red banner on every tab and a toast, and revokes in two clicks', async () => {
    const grant = await givenPowrPass();
    await wix.control.accept(grant.inviteId ?? '');
    await wix.control.advanceDays(8);
    const { user, notices } = renderApp(wix);
    const banner = await screen.findByText('Support access has ended');
    expect(banner).toBeInTheDocument();
    expect(notices()).toContainEqual(
      expect.objectContaining({
        kind: 'toast',
        toast: expect.objectContaining({ message: '1 support pass ended. Revoke the access now.' }),
      }),
    );
    await user.click(screen.getByRole('tab', { name: 'Access log' }));
    expect(screen.getByText('Support access has ended')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Revoke support@powr.io' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/remove support@powr.io \(Website Manager\) from the site/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(screen.queryByText('Support access has ended')).not.toBeInTheDocument());
    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.email)).toEqual(['maya@bloomandbranch.com']);
    expect(state.tasks[0]?.status).toBe('COMPLETED');
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({ status: 'revoked', revokedBy: 'The site owner' });
  });

  it('keeps everything when the owner cancels the confirmation', async () => {
    const grant = await givenPowrPass();
    await wix.control.accept(grant.inviteId ?? '');
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Revoke support@powr.io' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect((await wix.control.state()).contributors).toHaveLength(2);
    expect(within(screen.getByRole('row', { name: /support@powr.io/ })).getByText('Active')).toBeInTheDocument();
  });

  it('shows a failed revoke with the reason and leaves the pass open', async () => {
    const grant = await givenPowrPass();
    await wix.control.accept(grant.inviteId ?? '');
    await wix.control.givenFaults({ path: '/roles-management/contributor/remove', status: 429, times: 1 });
    const { user, notices } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Revoke support@powr.io' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke access' }));
    await waitFor(() => expect(notices().some((n) => n.kind === 'toast' && /too many requests/.test(n.toast.message))).toBe(true));
    expect((await wix.control.state()).collections[COLLECTIONS.grants]?.[0]?.data.status).toBe('invited');
  });

  it('extends a pass with a reason and moves the reminder', async () => {
    await givenPowrPass();
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Extend support@powr.io' }));
    const newEnd = addDays(wix.clock(), 20).toISOString().slice(0, 10);
    fireEvent.change(screen.getByLabelText('New end date'), { target: { value: newEnd } });
    await user.click(screen.getByRole('button', { name: 'Extend access' }));
    expect(screen.getByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Why it needs longer/), 'Still reproducing the bug');
    await user.click(screen.getByRole('button', { name: 'Extend access' }));
    await waitFor(async () => expect((await wix.control.state()).tasks[0]?.dueDate?.slice(0, 10)).toBe(newEnd));
    const log = (await wix.control.state()).collections[COLLECTIONS.accessLog] ?? [];
    expect(log.map((e) => e.data.action)).toContain('extended');
  });
});

describe('Support access: a vendor request link', () => {
  const wix = useEmulator('empty');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());
  const link = (params: Parameters<typeof buildRequestLink>[1]) => new URL(buildRequestLink('https://example.com/', params)).search;

  it('opens the pre-filled form on Support access; nothing happens until the owner approves', async () => {
    const { user } = renderApp(wix, {
      launchSearch: link({
        email: 'help@formbuilder.example',
        name: 'FormBuilder',
        ticket: 'FB-88',
        reason: 'Form not submitting',
        days: 30,
      }),
    });
    expect(await screen.findByText('help@formbuilder.example is asking for access')).toBeInTheDocument();
    expect(screen.getByLabelText(/Support email/)).toHaveValue('help@formbuilder.example');
    expect(screen.getByLabelText('Ticket reference')).toHaveValue('FB-88');
    expect(screen.getByRole('radio', { name: '30 days' })).toBeChecked();
    expect((await wix.control.state()).invites).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText(/Invitation sent to help@formbuilder.example as Website Manager/)).toBeInTheDocument();
    expect((await wix.control.state()).collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({
      requestedBy: 'Vendor request link',
      ticket: 'FB-88',
    });
  });

  it('shows markup and bad values as text, drops them, and can be declined', async () => {
    const search = `?sa_email=help@formbuilder.example&sa_name=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sa_days=400`;
    const { user } = renderApp(wix, { launchSearch: search });
    expect(await screen.findByText(/vendor name was ignored: Leave out < and >/)).toBeInTheDocument();
    expect(screen.getByText(/duration was ignored: Duration can be 90 days at most/)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByLabelText('Vendor')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Decline request' }));
    await waitFor(async () => expect((await wix.control.state()).collections[COLLECTIONS.grants]?.[0]?.data.status).toBe('declined'));
    // The log entry follows the record (the backend chains it).
    await waitFor(async () => {
      const state = await wix.control.state();
      expect(state.invites).toEqual([]);
      expect(foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).map((e) => e.action)).toEqual([
        'request-declined',
      ]);
    });
  });
});

describe('Support access hands a vendor to the offboarding wizard', () => {
  const wix = useEmulator('empty');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('opens Offboarding with the vendor chosen', async () => {
    const { roles } = await peopleQuery(wix.gateway).queryFn();
    const role = findRoleByTitle(roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin (owner)' };
    const grant = await grantPass(
      context,
      {
        email: 'support@powr.io',
        vendorName: 'POWR',
        role,
        ticket: '1',
        reason: 'Widget',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: false,
        requestedBy: 'Maya',
      },
      true,
    );
    await wix.control.accept(grant.inviteId ?? '');
    const { user } = renderApp(wix);
    await user.click(await screen.findByRole('tab', { name: 'Support access' }));
    await user.click(await screen.findByRole('button', { name: 'Offboard support@powr.io' }));
    expect(screen.getByRole('tab', { name: 'Offboarding' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByText('Offboard support?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start offboarding support' })).toBeInTheDocument();
  });
});
