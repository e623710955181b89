import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { titleOnlyRoles } from '../../src/access/wix-role-titles';
import { inProcessBackend } from '../../src/backend/local/in-process-backend';
import { emulatorSite, localPlatform, withCaller } from '../../src/backend/local/local-platform';
import { adoptAccess } from '../../src/operations/adopt-access';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

const role = titleOnlyRoles().find((r) => r.title === 'Website Manager') ?? {
  id: 'wix-title:Website Manager',
  title: 'Website Manager',
  description: '',
};

/** Who is signed in, what they may do (enforced in the backend), and who the log names. */
describe('who is signed in and what they may do', () => {
  const wix = useEmulator('demo');
  const owner = () => ({ gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' });
  const passFor = async (accountId: string) => {
    const person = (await wix.gateway.contributors.query()).find((p) => p.accountId === accountId);
    if (!person) throw new Error(`no ${accountId}`);
    const request = {
      email: person.email,
      vendorName: person.name,
      role,
      ticket: '4711',
      reason: 'Support',
      expiresAt: addDays(wix.clock(), 7),
      autoEnd: true,
      requestedBy: 'Maya',
    };
    return adoptAccess(owner(), request, person);
  };
  const log = async () => foldedRows(((await wix.control.state()).collections[COLLECTIONS.accessLog] ?? []).map((i) => i.data));
  beforeEach(() => wix.connectKey());

  it('the owner sees who they are, and the log names them', async () => {
    const grant = await passFor('acc-powr');
    renderApp(wix);
    expect(await screen.findByText('Signed in as the site owner')).toBeInTheDocument();
    expect(await wix.backend.extendPass(grant._id, addDays(wix.clock(), 10).toISOString(), 'Ticket reopened')).toMatchObject({ ok: true });
    expect((await log()).find((e) => e.action === 'extended')).toMatchObject({ actor: 'The site owner', outcome: 'done' });
  });

  it('a co-owner may change access, but not their own', async () => {
    const powr = await passFor('acc-powr');
    const own = await passFor('acc-daniel');
    renderApp(wix, { signedInAs: 'acc-daniel' });
    expect(await screen.findByText('Signed in as Daniel Cohen · Co-owner')).toBeInTheDocument();
    const daniel = wix.backendFor('acc-daniel');
    expect(await daniel.extendPass(powr._id, addDays(wix.clock(), 10).toISOString(), 'Ticket reopened')).toMatchObject({ ok: true });
    expect((await log()).find((e) => e.action === 'extended')?.actor).toBe('Daniel Cohen');
    expect(await daniel.extendPass(own._id, addDays(wix.clock(), 10).toISOString(), 'Mine')).toMatchObject({
      ok: false,
      error: { message: "You can't extend your own access." },
    });
  });

  it('the POWR account sees its own pass read-only, and every write is refused by the backend and logged', async () => {
    const grant = await passFor('acc-powr');
    renderApp(wix, { signedInAs: 'acc-powr' });
    expect(await screen.findByText('This page is read-only for you')).toBeInTheDocument();
    expect(screen.getByText(/Signed in as POWR Support · View only/)).toBeInTheDocument();
    const card = (await screen.findByText(/Website Manager until .* · ticket 4711/)).closest('div') as HTMLElement;
    expect(within(card).getByText('Site Access removes this access automatically on that date.')).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Support access' })).not.toBeInTheDocument();

    const powr = wix.backendFor('acc-powr');
    const refused = { ok: false, error: { kind: 'not-allowed', message: 'Only the site owner or a co-owner can extend a support pass.' } };
    expect(await powr.extendPass(grant._id, addDays(wix.clock(), 60).toISOString(), 'More time')).toMatchObject(refused);
    expect(await powr.revokePass(grant._id)).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    expect(await powr.connectApiKey('IST.0123456789abcdef0123456789abcdef')).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    expect(await powr.sendInvites('6732588207941061632', ['friend@evil.example'])).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed' },
    });
    const refusals = (await log()).filter((e) => e.action === 'refused');
    expect(refusals).toHaveLength(4);
    expect(refusals[0]).toMatchObject({ actor: 'POWR Support', detail: 'Only the site owner or a co-owner can extend a support pass.' });
    const state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data.expiresAt).toEqual({ $date: grant.expiresAt.toISOString() });
    expect(state.invites.some((i) => i.email === 'friend@evil.example')).toBe(false);
  });

  it('while the opening reads travel the page shows its frame and a loader, then draws the tabs and the checklist at once', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    renderApp(wix, { backend: (backend) => ({ ...backend, openingRecords: () => held.then(() => backend.openingRecords()) }) });
    expect(await screen.findByText('Loading…')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Site Access' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Access review' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('tab', { name: 'Access review' })).toBeInTheDocument();
    // Drawn in the same pass as the tabs: no loader in between.
    expect(screen.getByText('Access checklist')).toBeInTheDocument();
    expect(screen.getByText('Signed in as the site owner')).toBeInTheDocument();
    expect(screen.queryByText(/Loading/)).not.toBeInTheDocument();
  });

  it('when the backend cannot be reached the page says so in its frame, and Retry asks again', async () => {
    let reachable = false;
    const unreachable = () => Promise.reject(new TypeError('Failed to fetch'));
    renderApp(wix, {
      backend: (backend) => ({ ...backend, openingRecords: unreachable, whoAmI: () => (reachable ? backend.whoAmI() : unreachable()) }),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Couldn't find out who is signed in: the app's backend could not be reached.",
    );
    expect(screen.getByRole('heading', { name: 'Site Access' })).toBeInTheDocument();
    reachable = true;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Signed in as the site owner')).toBeInTheDocument();
    expect(await screen.findByText('Access checklist')).toBeInTheDocument();
  });

  it('a forged or missing token is nobody: read-only, nothing allowed', async () => {
    const platform = localPlatform(emulatorSite(wix.emulator));
    for (const token of ['wixpage.acc-owner-maya.forged', '']) {
      const nobody = inProcessBackend(withCaller(platform, wix.emulator.url, token));
      expect(await nobody.whoAmI()).toMatchObject({ ok: true, value: { signedIn: false, canManage: false } });
      expect(await nobody.disconnectApiKey()).toMatchObject({ ok: false, error: { kind: 'not-allowed' } });
    }
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
  });
});
