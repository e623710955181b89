import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

const SHEET = [
  'Email,Role,Notes',
  'ana@studio.example,Blog Writer,Spring posts',
  'ben@studio.example,Website Manager,Runs the shop pages',
  'boss@studio.example,Admin,Runs the business with Maya',
  'lena@parkstudio.design,Blog Writer,already here',
  'carl@studio.example,Contributor,custom role',
  'ana@studio.example,Blog Writer,again',
].join('\n');

const row = (line: number) => screen.getByRole('row', { name: new RegExp(`^${line} `) });

describe('bulk invites without an API key (a prepared list to work through in Wix)', () => {
  const wix = useEmulator('demo');
  const bulkCalls = async () => (await wix.control.requests()).filter((r) => r.path === '/invites/site-invite/bulk');

  async function prepare(text = SHEET) {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await app.user.click(await screen.findByRole('tab', { name: 'Bulk invites' }));
    await screen.findByRole('button', { name: 'Choose a CSV file' });
    await app.user.click(screen.getByLabelText(/Or paste the rows/));
    await app.user.paste(text);
    await app.user.click(screen.getByRole('button', { name: 'Check the list' }));
    return app;
  }

  it('prepares the list with copy buttons and sends nothing to Wix', async () => {
    const before = await wix.control.state();
    const { user, notices } = await prepare();

    expect(await screen.findByText('6 rows checked: 3 to invite in Wix, 3 rows with problems')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Send/ })).not.toBeInTheDocument();
    expect(screen.getByText(/This list lives on this page only/)).toBeInTheDocument();
    expect(within(row(2)).getByText('To invite in Wix')).toBeInTheDocument();
    expect(within(row(2)).getByText('Spring posts')).toBeInTheDocument();
    // Without the roles catalogue, the sheet's titles are Wix's predefined roles, named for the owner to pick.
    expect(within(row(3)).getByText('Website Manager')).toBeInTheDocument();

    await user.click(within(row(2)).getByRole('button', { name: 'Copy email ana@studio.example' }));
    expect(await navigator.clipboard.readText()).toBe('ana@studio.example');
    expect(await screen.findByText('Email copied.')).toBeInTheDocument();
    await user.click(within(row(3)).getByRole('button', { name: 'Copy role for ben@studio.example' }));
    expect(await navigator.clipboard.readText()).toBe('Website Manager');

    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices().some((n) => n.kind === 'navigation' && n.page.title === 'Roles & Permissions')).toBe(true);

    const after = await wix.control.state();
    expect(after.invites).toEqual(before.invites);
    expect(after.collections[COLLECTIONS.invites]).toEqual(before.collections[COLLECTIONS.invites]);
    expect(after.collections[COLLECTIONS.accessLog]).toEqual(before.collections[COLLECTIONS.accessLog]);
    expect(await bulkCalls()).toEqual([]);
  });

  it('keeps the rejected rows with their reasons and flags the co-owner row', async () => {
    await prepare();
    await screen.findByText(/6 rows checked/);

    expect(within(row(4)).getByText('Admin (Co-Owner)')).toBeInTheDocument();
    expect(within(row(4)).getByText('Co-owner access')).toBeInTheDocument();
    expect(within(row(4)).getByText(/"Admin" read as Admin \(Co-Owner\): co-owner access/)).toBeInTheDocument();
    expect(screen.getByText(/1 row gives co-owner access/)).toBeInTheDocument();

    expect(within(row(5)).getByText('Already has access: Lena Park.')).toBeInTheDocument();
    expect(
      within(row(6)).getByText(/Unknown role "Contributor". The roles Wix has: Admin \(Co-Owner\), Website Manager, /),
    ).toBeInTheDocument();
    expect(within(row(7)).getByText('Also on line 2: each person is invited once.')).toBeInTheDocument();
    for (const line of [5, 6, 7]) {
      expect(within(row(line)).getByText('Not on the list')).toBeInTheDocument();
      expect(within(row(line)).queryByRole('button', { name: /Copy/ })).not.toBeInTheDocument();
    }
  });

  it('ticks a person off as Joined when they appear among the contributors, and logs nothing it did not do', async () => {
    const { user } = await prepare();
    await screen.findByText(/0 of 3 joined so far/);
    const logBefore = (await wix.control.state()).collections[COLLECTIONS.accessLog];

    // The owner invites Ana in Wix's Roles & Permissions; she accepts.
    const { invite } = await wix.control.sendInviteAsOwner('ana@studio.example', 'Blog Writer');
    await wix.control.accept(invite.id);
    await user.click(screen.getByRole('button', { name: 'Check who joined' }));

    expect(await within(row(2)).findByText('Joined')).toBeInTheDocument();
    expect(screen.getByText(/1 of 3 joined so far/)).toBeInTheDocument();
    expect(within(row(2)).queryByRole('button', { name: /Copy/ })).not.toBeInTheDocument();
    expect(within(row(3)).getByText('To invite in Wix')).toBeInTheDocument();
    expect((await wix.control.state()).collections[COLLECTIONS.accessLog]).toEqual(logBefore);

    const link = screen.getByRole('link', { name: 'Download list (CSV)' });
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').replace('data:text/csv;charset=utf-8,', '')).split('\r\n');
    expect(csv.slice(0, 3)).toEqual([
      '\uFEFFEmail,Role,Notes,Status,Detail',
      'ana@studio.example,Blog Writer,Spring posts,Joined,',
      'ben@studio.example,Website Manager,Runs the shop pages,To invite in Wix,',
    ]);
    expect(csv[5]).toBe(
      'carl@studio.example,Contributor,custom role,Not on the list,"Unknown role ""Contributor"". The roles Wix has: Admin (Co-Owner), Website Manager, Website Designer, Back Office Manager, Billing Manager, Blog Writer, Blog Editor, Store Manager."',
    );
  });

  afterEach(() => vi.useRealTimers());

  it('checks again by itself every 30 seconds while the list is shown', async () => {
    // Only intervals are faked (react-query polls with one); requests to the emulator keep real time.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await prepare('Email,Role\nana@studio.example,Blog Writer');
    await screen.findByText(/0 of 1 joined so far/);
    const { invite } = await wix.control.sendInviteAsOwner('ana@studio.example', 'Blog Writer');
    await wix.control.accept(invite.id);
    vi.advanceTimersByTime(29_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(within(row(2)).getByText('To invite in Wix')).toBeInTheDocument();
    vi.advanceTimersByTime(1_000);
    expect(await within(row(2)).findByText('Joined')).toBeInTheDocument();
  });
});
