import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { inviteRecordSchema, UNKNOWN_INVITE_ID } from '../../src/access/invite-records';
import { useEmulator, type EmulatorContext } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow, logEntries, savedDecisions, startReview } from '../support/review-helpers';

const DAY = 86_400_000;
const inviteCalls = async (wix: EmulatorContext) => (await wix.control.requests()).filter((r) => r.path.startsWith('/invites/site-invite'));
const bookkeeperRecord = async (wix: EmulatorContext) =>
  (await wix.control.state()).collections[COLLECTIONS.invites]?.find((i) => i.data.inviteId === 'inv-bookkeeper')?.data;
const bookkeeperInvite = async (wix: EmulatorContext) => (await wix.control.state()).invites.find((i) => i.id === 'inv-bookkeeper');

describe('Access review without an API key (guided, the default)', () => {
  const wix = useEmulator('demo');

  it('resend: explains what to do in Roles & Permissions and records it only when the owner says it is done', async () => {
    const { user, notices } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Resend/ }));
    const panel = await screen.findByRole('dialog', { name: 'Resend the invite to alex@ledgerlane.co' });
    expect(within(panel).getByText(/Wix lets only an account API key resend invites/)).toBeInTheDocument();
    expect(within(panel).getByText('alex@ledgerlane.co')).toBeInTheDocument();
    expect(within(panel).getByText('Billing Manager')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Copy email' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Resend invite' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Open Roles & Permissions' }));
    expect(notices().some((n) => n.kind === 'navigation' && n.page.title === 'Roles & Permissions')).toBe(true);

    // The owner resends it in Wix, then tells Site Access.
    await wix.control.resendInviteAsOwner('inv-bookkeeper');
    await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), 'Year-end accounts still to do');
    await user.click(within(panel).getByRole('button', { name: 'I resent it in Wix' }));
    await within(await checklistRow('alex@ledgerlane.co')).findByText('Invite resent');
    expect(
      await screen.findByText('Recorded that you resent the invite to alex@ledgerlane.co in Roles & Permissions.'),
    ).toBeInTheDocument();

    const record = await bookkeeperRecord(wix);
    const now = wix.clock().getTime();
    expect(record?.status).toBe('pending');
    expect(Math.abs(Date.parse(String((record?.sentAt as { $date: string }).$date)) - now)).toBeLessThan(60_000);
    expect(Date.parse(String((record?.expiresAt as { $date: string }).$date)) - now).toBeGreaterThan(29 * DAY);
    const log = await logEntries(wix);
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['invite-resent', 'done'],
      ['review-decision', 'done'],
    ]);
    expect(log[0]).toMatchObject({
      detail: 'The owner says they resent the invite in Wix Roles & Permissions',
      reason: 'Year-end accounts still to do',
    });
    expect(log[1]?.detail).toMatch(/done by the owner in Wix Roles & Permissions/);
    await waitFor(async () =>
      expect((await savedDecisions(wix))[0]).toMatchObject({ decision: 'resend', reason: 'Year-end accounts still to do' }),
    );
    expect(await inviteCalls(wix)).toEqual([]);
  });

  it('cancel: the app never touches the invite in Wix; its record is revoked once the owner confirms', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Cancel/ }));
    const panel = await screen.findByRole('dialog', { name: 'Cancel the invite to alex@ledgerlane.co' });
    expect(within(panel).getByText(/find the pending invite to alex@ledgerlane.co and revoke it/)).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), 'Bookkeeper hired elsewhere');
    expect((await bookkeeperInvite(wix))?.status).toBe('Pending');
    expect((await bookkeeperRecord(wix))?.status).toBe('pending');

    await wix.control.revokeInviteAsOwner('inv-bookkeeper');
    await user.click(within(panel).getByRole('button', { name: 'I cancelled it in Wix' }));
    await within(await checklistRow('alex@ledgerlane.co')).findByText('Invite cancelled');
    expect((await bookkeeperRecord(wix))?.status).toBe('revoked');
    expect((await bookkeeperInvite(wix))?.status).toBe('Deleted');
    const log = await logEntries(wix);
    expect(log.map((e) => e.action)).toEqual(['invite-revoked', 'review-decision']);
    expect(log[0]).toMatchObject({
      detail: 'The owner says they cancelled the invite in Wix Roles & Permissions',
      reason: 'Bookkeeper hired elsewhere',
    });
    expect(await inviteCalls(wix)).toEqual([]);
  });

  it('cancel needs a reason before anything is recorded', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Cancel/ }));
    const panel = await screen.findByRole('dialog');
    await user.click(within(panel).getByRole('button', { name: 'I cancelled it in Wix' }));
    expect(await within(panel).findByText(/Give a reason/)).toBeInTheDocument();
    expect((await bookkeeperRecord(wix))?.status).toBe('pending');
    expect(await logEntries(wix)).toEqual([]);
  });

  it('change role: without the roles catalogue the owner changes it in Wix; the decision is recorded, Wix untouched', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('Lena Park')).getByRole('button', { name: /^Change role/ }));
    const panel = await screen.findByRole('dialog', { name: 'Change the role of Lena Park' });
    expect(within(panel).getByText(/find Lena Park \(lena@parkstudio.design\) and change their role there/)).toBeInTheDocument();
    expect(within(panel).queryByRole('radio', { name: /Role not named by Wix/ })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('radio', { name: /^Blog Editor/ }));
    await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), 'Only edits the blog now');
    await user.click(within(panel).getByRole('button', { name: 'I changed it in Wix' }));

    const row = await checklistRow('Lena Park');
    await within(row).findByText('Role changed');
    expect(within(row).getByText('Now Blog Editor')).toBeInTheDocument();
    const lena = (await wix.control.state()).contributors.find((p) => p.email === 'lena@parkstudio.design');
    expect(lena?.policyIds).toEqual(['role-website-designer']);
    expect((await wix.control.requests()).filter((r) => r.path.includes('/contributor/change'))).toEqual([]);
    const log = await logEntries(wix);
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['role-changed', 'done'],
      ['review-decision', 'done'],
    ]);
    expect(log[0]).toMatchObject({
      detail: 'The owner says they changed the role in Wix Roles & Permissions',
      reason: 'Only edits the blog now',
    });
    expect(String(log[0]?.role)).toMatch(/→ Blog Editor$/);
  });

  it('bulk remove or cancel: people are removed, invites are left to the owner with the instruction, nothing is cancelled', async () => {
    const { user, notices } = renderApp(wix);
    await startReview(user);
    for (const name of ['Lena Park', 'alex@ledgerlane.co']) await user.click(within(await checklistRow(name)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Remove or cancel selected…' }));
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText(/Invites are left for you to cancel in Roles & Permissions/)).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), 'Spring clean-up');
    await user.click(within(panel).getByRole('button', { name: 'Remove or cancel 2' }));
    await waitFor(async () => expect(within(await checklistRow('Lena Park')).getByText('Removed')).toBeInTheDocument());
    const toasts = () => notices().map((n) => (n.kind === 'toast' ? n.toast.message : ''));
    await waitFor(() =>
      expect(toasts()).toContain(
        "Cancel the invite to alex@ledgerlane.co in Roles & Permissions (Wix lets only a connected API key do it), then record it with the row's Cancel.",
      ),
    );
    expect(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Cancel/ })).toBeInTheDocument();
    expect((await bookkeeperRecord(wix))?.status).toBe('pending');
    expect((await logEntries(wix)).map((e) => e.action)).toEqual(['removed', 'review-decision']);
    expect(await inviteCalls(wix)).toEqual([]);
  });
});

describe('Access review with a key that Wix refuses', () => {
  const wix = useEmulator('demo');

  it('falls back to the guided resend and says the key was refused (it stays connected until the owner disconnects it)', async () => {
    await wix.connectKey();
    const { user } = renderApp(wix);
    await startReview(user);
    await wix.control.givenFaults({ path: '/invites/site-invite/inv-bookkeeper/resend', status: 403, times: 1 });
    await user.click(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Resend/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Resend invite' }));

    const panel = await screen.findByRole('dialog', { name: 'Resend the invite to alex@ledgerlane.co' });
    expect(
      await within(panel).findByText(
        /Wix refused the connected API key \(check it in the API Keys Manager, or disconnect it in Settings\)/,
      ),
    ).toBeInTheDocument();
    expect(await wix.backend.apiKeyStatus()).toEqual({ ok: true, value: { connected: true } });
    await user.click(within(panel).getByRole('button', { name: 'I resent it in Wix' }));
    await within(await checklistRow('alex@ledgerlane.co')).findByText('Invite resent');
    const log = await logEntries(wix);
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['invite-resent', 'failed'],
      ['invite-resent', 'done'],
      ['review-decision', 'done'],
    ]);
    expect(log[1]?.detail).toBe('The owner says they resent the invite in Wix Roles & Permissions');
  });
});

describe('Access review with the key connected: an invite recorded without its id (Wix lost the answer)', () => {
  const wix = useEmulator('demo');

  it('guides the cancel through Roles & Permissions, since only Wix knows the id', async () => {
    await wix.connectKey();
    const now = wix.clock();
    await wix.gateway.records.insert(COLLECTIONS.invites, inviteRecordSchema, {
      inviteId: UNKNOWN_INVITE_ID,
      email: 'a@team.example',
      roleId: 'role-blog-writer',
      roleTitle: 'Blog Writer',
      reason: 'Spring posts',
      status: 'pending',
      sentAt: now,
      expiresAt: new Date(now.getTime() + 30 * DAY),
    });
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('a@team.example')).getByRole('button', { name: /^Cancel/ }));
    const panel = await screen.findByRole('dialog', { name: 'Cancel the invite to a@team.example' });
    expect(within(panel).getByText(/Wix's answer to this invite was lost, so Site Access doesn't have its id/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'I cancelled it in Wix' })).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: 'Cancel invite' })).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Cancel the invite to a@team.example' })).not.toBeInTheDocument());
    expect(await inviteCalls(wix)).toEqual([]);
  });
});
