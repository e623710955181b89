import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

const SHEET = [
  '\uFEFFEmail,Role,Notes',
  'ana@studio.example,Blog Writer,"Spring posts, summer posts"',
  'ben@studio.example,Website Manager,Runs the shop pages',
  '',
  'ana@studio.example,Blog Writer,again',
  'lena@parkstudio.design,Blog Writer,already here',
  'carl@studio.example,Contributor,custom role',
  'dana@studio.example,Blog Writer,Invited in Wix meanwhile',
].join('\n');

describe('bulk invites from a spreadsheet', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());
  const bulkCalls = async () => (await wix.control.requests()).filter((r) => r.path === '/invites/site-invite/bulk');

  async function openBulkInvites() {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await app.user.click(await screen.findByRole('tab', { name: 'Bulk invites' }));
    await screen.findByRole('button', { name: 'Choose a CSV file' });
    return app;
  }

  async function pasteAndCheck(user: Awaited<ReturnType<typeof openBulkInvites>>['user'], text: string) {
    const area = screen.getByLabelText(/Or paste the rows/);
    await user.click(area);
    await user.paste(text);
    await user.click(screen.getByRole('button', { name: 'Check the list' }));
  }

  it('checks every row, sends one bulkInvite per role after confirming, and shows each row’s outcome', async () => {
    const { user } = await openBulkInvites();
    await pasteAndCheck(user, SHEET);

    expect(await screen.findByText('6 rows checked: 3 ready, 3 rows with problems')).toBeInTheDocument();
    const row = (line: number) => screen.getByRole('row', { name: new RegExp(`^${line} `) });
    expect(within(row(5)).getByText('Also on line 2: each person is invited once.')).toBeInTheDocument();
    expect(within(row(6)).getByText('Already has access: Lena Park, Website Designer.')).toBeInTheDocument();
    expect(within(row(7)).getByText(/Unknown role "Contributor"/)).toBeInTheDocument();
    expect(await bulkCalls()).toEqual([]);

    // Meanwhile someone invites Dana in Wix's own screen: Site Access has no record of that invite.
    const writer = (await wix.control.state()).roles.find((r) => r.title === 'Blog Writer');
    await wix.gateway.invites.bulkInvite(writer?.id ?? '', ['dana@studio.example']);

    await user.click(screen.getByRole('button', { name: 'Send 3 invites' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/3 rows with problems will not be sent/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send invites' }));

    expect(await screen.findByText('2 invites sent, 1 failed')).toBeInTheDocument();
    expect(within(row(2)).getByText('Sent')).toBeInTheDocument();
    expect(within(row(8)).getByText('Failed')).toBeInTheDocument();
    expect(within(row(8)).getByText(/Wix did not send this invite/)).toBeInTheDocument();
    expect(await bulkCalls()).toHaveLength(1 + 2);

    const state = await wix.control.state();
    expect(state.invites.filter((i) => i.status === 'Pending').map((i) => i.email)).toEqual(
      expect.arrayContaining(['ana@studio.example', 'ben@studio.example']),
    );
    const records = state.collections[COLLECTIONS.invites]?.map((i) => [i.data.email, i.data.reason]);
    expect(records).toEqual(
      expect.arrayContaining([
        ['ana@studio.example', 'Spring posts, summer posts'],
        ['ben@studio.example', 'Runs the shop pages'],
      ]),
    );
    const log = foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).map((e) => [e.subjectEmail, e.outcome]);
    expect(log).toEqual(
      expect.arrayContaining([
        ['ana@studio.example', 'done'],
        ['ben@studio.example', 'done'],
        ['dana@studio.example', 'failed'],
      ]),
    );

    const link = screen.getByRole('link', { name: 'Download the result file' });
    const csv = decodeURIComponent((link.getAttribute('href') ?? '').replace('data:text/csv;charset=utf-8,', ''));
    expect(csv.split('\r\n').slice(0, 2)).toEqual([
      '\uFEFFEmail,Role,Notes,Outcome,Detail',
      'ana@studio.example,Blog Writer,"Spring posts, summer posts",Sent,Invite sent; it is valid for 30 days.',
    ]);
  });

  it('sends nothing when the owner cancels the confirmation', async () => {
    const { user } = await openBulkInvites();
    await pasteAndCheck(user, 'Email,Role\nana@studio.example,Blog Writer');
    await user.click(await screen.findByRole('button', { name: 'Send 1 invite' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('1 row checked: 1 ready, 0 rows with problems')).toBeInTheDocument();
    expect(await bulkCalls()).toEqual([]);
  });

  it('flags the rows that give co-owner access in the checked list and in the confirmation', async () => {
    const { user } = await openBulkInvites();
    await pasteAndCheck(user, 'Email,Role,Notes\nboss@studio.example,Admin,Runs the business\nana@studio.example,Blog Writer,Posts');
    const row = await screen.findByRole('row', { name: /^2 / });
    expect(within(row).getByText('Admin (Co-Owner)')).toBeInTheDocument();
    expect(within(row).getByText('Co-owner access')).toBeInTheDocument();
    expect(within(row).getByText(/"Admin" read as Admin \(Co-Owner\): co-owner access/)).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /^3 / })).queryByText('Co-owner access')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send 2 invites' }));
    expect(
      within(await screen.findByRole('dialog')).getByText(/1 invite gives co-owner access \(Admin \(Co-Owner\)\)/),
    ).toBeInTheDocument();
  });

  it('reads an uploaded CSV file', async () => {
    const { user } = await openBulkInvites();
    const file = new File([SHEET], 'team.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    expect(await screen.findByText('6 rows checked: 3 ready, 3 rows with problems')).toBeInTheDocument();
  });

  it.each([
    ['wrong headers', 'Mail,Job\nana@studio.example,Blog Writer', /Missing: Email, Role/],
    [
      'more than 1,000 rows',
      ['Email,Role', ...Array.from({ length: 1001 }, (_, i) => `p${i}@x.example,Blog Writer`)].join('\n'),
      /1,001 people/,
    ],
  ])('explains a file it cannot use (%s) and sends nothing', async (_case, text, message) => {
    const { user } = await openBulkInvites();
    await pasteAndCheck(user, text);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(await bulkCalls()).toEqual([]);
  });

  it('keeps going when one role’s call is refused, and offers Roles & Permissions', async () => {
    const { user, notices } = await openBulkInvites();
    await pasteAndCheck(user, 'Email,Role\nana@studio.example,Blog Writer\nben@studio.example,Website Manager');
    // The first bulkInvite passes; for the second (Website Manager) Wix refuses the connected key.
    await wix.control.givenFaults(
      { path: '/invites/site-invite/bulk', delayMs: 1, times: 1 },
      { path: '/invites/site-invite/bulk', status: 403, times: 1 },
    );
    await user.click(await screen.findByRole('button', { name: 'Send 2 invites' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send invites' }));

    expect(await screen.findByText('1 invite sent, 1 failed')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /ben@studio.example/ })).getByText(/Wix refused the connected API key/),
    ).toBeInTheDocument();
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    await user.click(screen.getByRole('button', { name: 'Open Roles & Permissions' }));
    await waitFor(() => expect(notices()).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'navigation' })])));
    const pending = (await wix.control.state()).invites.filter((i) => i.status === 'Pending').map((i) => i.email);
    expect(pending).toContain('ana@studio.example');
    expect(pending).not.toContain('ben@studio.example');
  });
});
