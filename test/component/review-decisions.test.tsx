import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow, decide, logEntries, savedDecisions, savedReviews, startReview } from '../support/review-helpers';

describe('Access review: decisions change Wix, the log and the saved review', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('keeps someone in one click, counts progress and saves the decision', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    expect(screen.getByText('0 of 6 reviewed')).toBeInTheDocument();
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Keep Sam Ortiz' }));
    expect(within(await checklistRow('Sam Ortiz')).getByText('Kept')).toBeInTheDocument();
    expect(screen.getByText('1 of 6 reviewed')).toBeInTheDocument();
    // The decision is its own record; the review record is not written again until completion.
    await waitFor(async () => expect(await savedDecisions(wix)).toHaveLength(1));
    const [review] = await savedReviews(wix);
    expect(review).toMatchObject({ kind: 'full-quarterly', reviewer: 'The site owner', decisions: [] });
    expect((await savedDecisions(wix))[0]).toMatchObject({
      _id: `${String(review?._id)}:${String((await savedDecisions(wix))[0]?.subjectKey)}`,
      subjectEmail: 'sam.ortiz.writes@gmail.com',
      decision: 'keep',
    });
    expect((await logEntries(wix)).map((e) => [e.action, e.outcome, e.subjectEmail])).toEqual([
      ['review-decision', 'done', 'sam.ortiz.writes@gmail.com'],
    ]);
  });

  it('changes a role from the Wix roles catalogue, with a reason', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await decide(user, 'Lena Park', /^Change role/, 'Only edits the blog now', 'Change role', 'Blog Editor');
    const row = await checklistRow('Lena Park');
    await within(row).findByText('Role changed');
    expect(await within(row).findByText('Blog Editor')).toBeInTheDocument();
    const lena = (await wix.control.state()).contributors.find((p) => p.email === 'lena@parkstudio.design');
    expect(lena?.policyIds).toEqual(['role-blog-editor']);
    const log = await logEntries(wix);
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['role-changed', 'done'],
      ['review-decision', 'done'],
    ]);
    expect(log[0]).toMatchObject({ role: 'Website Designer → Blog Editor', reason: 'Only edits the blog now' });
    expect(screen.getByText(/Lena Park: Website Designer → Blog Editor/)).toBeInTheDocument();
  });

  it('removes the POWR support account directly with a reason and keeps its row as decided', async () => {
    const { user, notices } = renderApp(wix);
    await startReview(user);
    await decide(user, 'POWR Support', /^Remove/, '  Ticket closed in March  ', 'Remove from site');
    await within(await checklistRow('POWR Support')).findByText('Removed');
    expect((await wix.control.state()).contributors.map((p) => p.email)).not.toContain('support@powr.io');
    const log = await logEntries(wix);
    expect(log.map((e) => [e.action, e.outcome])).toEqual([
      ['removed', 'done'],
      ['review-decision', 'done'],
    ]);
    expect(log[0]?.reason).toBe('Ticket closed in March');
    expect(notices().map((n) => (n.kind === 'toast' ? n.toast.message : ''))).toContain('Removed POWR Support from the site.');
    expect(screen.queryByText('Vendor access past its due date')).not.toBeInTheDocument();
  });

  it('resends a stale invite and cancels an expired one', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await decide(user, 'alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
    await within(await checklistRow('alex@ledgerlane.co')).findByText('Invite resent');
    await decide(user, 'jordan.lens@gmail.com', /^Cancel/, 'Photos were done in-house', 'Cancel invite');
    await within(await checklistRow('jordan.lens@gmail.com')).findByText('Invite cancelled');
    const { invites } = await wix.control.state();
    expect(invites.find((i) => i.id === 'inv-bookkeeper')?.status).toBe('Pending');
    expect(Date.parse(invites.find((i) => i.id === 'inv-bookkeeper')?.expirationDate ?? '') - wix.clock().getTime()).toBeGreaterThan(
      29 * 86_400_000,
    );
    expect(invites.find((i) => i.id === 'inv-photographer')?.status).toBe('Deleted');
    expect((await logEntries(wix)).map((e) => e.action)).toEqual(['invite-resent', 'review-decision', 'invite-revoked', 'review-decision']);
    expect(screen.getByText('2 of 6 reviewed')).toBeInTheDocument();
  });

  it('keeps every row in its place while the review changes Wix, so the next click lands where the owner aims', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    const order = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent?.slice(0, 12));
    const before = order();
    // The stale invite loses its finding when resent, and POWR's row becomes a decided ghost when removed:
    // sorted again, both would move down.
    await decide(user, 'alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
    await within(await checklistRow('alex@ledgerlane.co')).findByText('Invite resent');
    await decide(user, 'POWR Support', /^Remove/, 'Ticket closed', 'Remove from site');
    await within(await checklistRow('POWR Support')).findByText('Removed');
    await waitFor(() => expect(screen.queryByText('Vendor access past its due date')).not.toBeInTheDocument());
    expect(order()).toEqual(before);
  });

  it('offers both ways to remove: hand to the offboarding wizard, or remove directly', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('Lena Park')).getByRole('button', { name: /^Remove/ }));
    const panel = await screen.findByRole('dialog', { name: 'Remove Lena Park' });
    expect(within(panel).getByRole('button', { name: 'Remove from site' })).toBeInTheDocument();
    await user.type(within(panel).getByLabelText(/Reason/), 'Project finished');
    await user.click(within(panel).getByRole('button', { name: 'Offboard with the wizard…' }));
    expect(await screen.findByText('Offboard Lena Park?')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Offboarding' })).toHaveAttribute('aria-selected', 'true');
  });
});
