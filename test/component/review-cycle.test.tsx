import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow, decide, logEntries, savedDecisions, startReview } from '../support/review-helpers';

const findingTitles = () =>
  within(screen.getByRole('list', { name: 'Findings' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('strong')?.textContent);

/** A full review on the demo site, every kind of decision, completed: summary, four questions, next task, CSV. */
async function completeReview(wix: ReturnType<typeof useEmulator>) {
  const { user } = renderApp(wix);
  await startReview(user);
  // The owner is kept without a click.
  for (const name of ['Daniel Cohen', 'Sam Ortiz', 'Lena Park']) await user.click(within(await checklistRow(name)).getByRole('checkbox'));
  await user.click(screen.getByRole('button', { name: 'Keep selected' }));
  await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Keep 3' }));
  await decide(user, 'POWR Support', /^Remove/, 'Ticket closed', 'Remove from site');
  await decide(user, 'alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
  await decide(user, 'jordan.lens@gmail.com', /^Cancel/, '=HYPERLINK("x")', 'Cancel invite');
  await waitFor(() => expect(screen.getByText('6 of 6 reviewed')).toBeInTheDocument());
  expect(screen.getByText(/No: POWR Support is leaving; everyone else is active\./)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Complete review' }));
  expect(await screen.findByText('Review summary')).toBeInTheDocument();
  expect(screen.getByText(/6 decisions: Kept: 3 · Removed: 1 · Invite resent: 1 · Invite cancelled: 1/)).toBeInTheDocument();
  expect(screen.getByText(/Cancelled: jordan\.lens@gmail\.com\. 1 invite resent\./)).toBeInTheDocument();

  const state = await wix.control.state();
  const [review] = state.collections[COLLECTIONS.reviews] ?? [];
  expect(review?.data).toMatchObject({ kind: 'full-quarterly', nextDueKind: 'invites-monthly' });
  expect(state.tasks).toHaveLength(1);
  expect(state.tasks[0]).toMatchObject({ title: 'Site Access: Pending invites check due', status: 'ACTION_NEEDED' });
  const due = Date.parse(state.tasks[0]?.dueDate ?? '') - wix.clock().getTime();
  expect(due / 86_400_000).toBeGreaterThan(27);
  expect(screen.getByText(/Reminder set in Tasks & Reminders: Pending invites check on/)).toBeInTheDocument();

  const [link] = screen.getAllByRole('link', { name: 'Export CSV' });
  const csv = decodeURIComponent(link?.getAttribute('href')?.replace('data:text/csv;charset=utf-8,', '') ?? '');
  expect(csv.split('\r\n')[0]).toBe('Review,Started,Completed,Reviewer,Type,Name,Email,Role,Decision,New role,Reason,Decided at');
  expect(csv).toContain('Person,POWR Support,support@powr.io,Website Manager,Removed,,Ticket closed');
  expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  expect(screen.queryByText(/overdue/)).not.toBeInTheDocument();
}

describe('Access review: findings, resume, bulk, completion and cadence', () => {
  const wix = useEmulator('demo');
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('shows the demo site findings, most urgent first, and the rows they are about on top', async () => {
    renderApp(wix);
    await screen.findByRole('list', { name: 'Findings' });
    expect(findingTitles()).toEqual([
      'Vendor access past its due date',
      '1 expired invite',
      '1 invite pending for over 14 days',
      'Only one Admin (Co-Owner)',
      '4 people with access and no recorded reason',
      'Seats in use',
    ]);
    expect(screen.getByText(/POWR Support \(support@powr\.io\) still has support access, 156 days past due/)).toBeInTheDocument();
    expect(screen.getByText(/4 contributors besides the owner and 1 pending invite/)).toBeInTheDocument();
    const rows = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent ?? '');
    expect(rows[0]).toMatch(/^POWR Support/);
    expect(rows[1]).toMatch(/^jordan\.lens@gmail\.com/);
    expect(rows[2]).toMatch(/^alex@ledgerlane\.co/);
    expect(screen.getByText('Access reviews are overdue')).toBeInTheDocument();
    expect(screen.getByText(/Full access review: never done/)).toBeInTheDocument();
  });

  it('flags an invite accepted under a different email', async () => {
    await wix.control.accept('inv-bookkeeper', 'alex.personal@gmail.com');
    renderApp(wix);
    await screen.findByRole('list', { name: 'Findings' });
    expect(findingTitles()[1]).toBe('Invite accepted under a different email');
    expect(screen.getByText(/alex@ledgerlane\.co was invited, but alex\.personal@gmail\.com joined/)).toBeInTheDocument();
  });

  it('resumes a review after a reload', async () => {
    const first = renderApp(wix);
    await startReview(first.user);
    await first.user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Keep Sam Ortiz' }));
    await waitFor(async () => expect(await savedDecisions(wix)).toHaveLength(1));
    cleanup();
    renderApp(wix);
    expect(await screen.findByText('Full access review in progress')).toBeInTheDocument();
    expect(screen.getByText('1 of 6 reviewed')).toBeInTheDocument();
    expect(within(await checklistRow('Sam Ortiz')).getByText('Kept')).toBeInTheDocument();
  });

  it('removes and cancels selected rows with one reason, refusing the last admin on its row', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    for (const name of ['Lena Park', 'Daniel Cohen', 'jordan.lens@gmail.com'])
      await user.click(within(await checklistRow(name)).getByRole('checkbox'));
    expect(screen.getByText('3 rows selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove or cancel selected…' }));
    await user.type(within(await screen.findByRole('dialog')).getByRole('textbox', { name: /Reason/ }), 'Spring clean-up');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove or cancel 3' }));
    // One at a time, in checklist order: jordan's invite, Daniel (refused), Lena.
    await waitFor(async () => expect(within(await checklistRow('Lena Park')).getByText('Removed')).toBeInTheDocument());
    expect(await within(await checklistRow('Daniel Cohen')).findByRole('alert')).toHaveTextContent(/only Admin/);
    await waitFor(async () =>
      expect(within(await checklistRow('jordan.lens@gmail.com')).getByText('Invite cancelled')).toBeInTheDocument(),
    );
    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.email)).toEqual(expect.arrayContaining(['daniel@bloomandbranch.com']));
    expect(state.contributors.map((p) => p.email)).not.toContain('lena@parkstudio.design');
    expect(state.invites.find((i) => i.id === 'inv-photographer')?.status).toBe('Deleted');
    expect((await logEntries(wix)).filter((e) => e.action === 'review-decision').map((e) => e.reason)).toEqual([
      'Spring clean-up',
      'Spring clean-up',
    ]);
  });

  it('completes a review: summary, four questions, a Wix task for the next one, CSV export', () => completeReview(wix));

  it('shows the banner again once the monthly check falls due', async () => {
    const first = renderApp(wix);
    await startReview(first.user, 'Pending invites check');
    await decide(first.user, 'alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
    // An expired invite cannot be kept: it is resent or cancelled.
    await decide(first.user, 'jordan.lens@gmail.com', /^Cancel/, 'Not needed any more', 'Cancel invite');
    await waitFor(() => expect(screen.getByText('2 of 2 reviewed')).toBeInTheDocument());
    await first.user.click(screen.getByRole('button', { name: 'Complete review' }));
    await screen.findByText('Review summary');
    expect(screen.getAllByText('Not part of a pending invites check.')).toHaveLength(3);
    cleanup();
    await wix.control.advanceDays(32);
    renderApp(wix);
    expect(await screen.findByText('An access review is overdue')).toBeInTheDocument();
    expect(screen.getByText(/Pending invites check: due since/)).toBeInTheDocument();
  });

  it('says when a review is overdue again and that a re-certification needs a reason on record to keep someone', async () => {
    const { user } = renderApp(wix);
    await startReview(user, 'Yearly re-certification');
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Keep Sam Ortiz' }));
    const panel = await screen.findByRole('dialog', { name: 'Keep Sam Ortiz' });
    await user.click(within(panel).getByRole('button', { name: 'Keep' }));
    expect(await within(panel).findByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: /Reason/ }), 'Writes the weekly blog');
    await user.click(within(panel).getByRole('button', { name: 'Keep' }));
    expect(await within(await checklistRow('Sam Ortiz')).findByText('Writes the weekly blog')).toBeInTheDocument();
  });
});

describe('Access review completed with Remove Contributor answered only by POST (the other documented method)', () => {
  const wix = useEmulator('demo', { removeMethod: 'POST' });
  beforeEach(() => wix.connectKey());

  it('completes a review: the removal goes through by POST and every other decision as on the strictest readings', () =>
    completeReview(wix));
});
