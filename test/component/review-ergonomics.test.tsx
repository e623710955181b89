import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { checklistRow, decide, savedDecisions, savedReviews, startReview } from '../support/review-helpers';

describe('Access review ergonomics', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('does not offer Keep for an expired invite, only Resend and Cancel', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    const expired = await checklistRow('jordan.lens@gmail.com');
    expect(within(expired).queryByRole('button', { name: /^Keep/ })).not.toBeInTheDocument();
    expect(within(expired).getByRole('button', { name: /^Resend/ })).toBeInTheDocument();
    expect(within(expired).getByRole('button', { name: /^Cancel/ })).toBeInTheDocument();
    expect(within(await checklistRow('alex@ledgerlane.co')).getByRole('button', { name: /^Keep/ })).toBeInTheDocument();
  });

  it('words a pending invite by when it was sent and when it expires', async () => {
    renderApp(wix);
    expect(within(await checklistRow('alex@ledgerlane.co')).getByText('Invite sent 27 days ago · expires in 3 days')).toBeInTheDocument();
    expect(within(await checklistRow('jordan.lens@gmail.com')).getByText('Invite sent 41 days ago · expired')).toBeInTheDocument();
  });

  it('counts the owner as kept from the start, with no buttons on their row', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    expect(screen.getByText('1 of 7 reviewed')).toBeInTheDocument();
    const owner = await checklistRow('Maya Levin');
    expect(within(owner).getByText('Kept')).toBeInTheDocument();
    expect(within(owner).queryByRole('button')).not.toBeInTheDocument();
    expect(within(owner).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('shows a decided row with its decision and lets the owner change it', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Keep Sam Ortiz' }));
    expect(within(await checklistRow('Sam Ortiz')).getByText('Kept')).toBeInTheDocument();
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Change the decision on Sam Ortiz' }));
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Leave the decision on Sam Ortiz as it is' }));
    expect(within(await checklistRow('Sam Ortiz')).getByText('Kept')).toBeInTheDocument();
    await user.click(within(await checklistRow('Sam Ortiz')).getByRole('button', { name: 'Change the decision on Sam Ortiz' }));
    await decide(user, 'Sam Ortiz', /^Remove/, 'Blog paused', 'Remove from site');
    await within(await checklistRow('Sam Ortiz')).findByText('Removed');
    expect(screen.getByText('2 of 7 reviewed')).toBeInTheDocument();
    // The row's one record was replaced: a changed decision never leaves two.
    await waitFor(async () => expect((await savedDecisions(wix)).map((d) => d.decision)).toEqual(['remove']));
  });

  it('records the owner as kept and drops "no recorded reason" for people kept with a reason', async () => {
    const { user } = renderApp(wix);
    await startReview(user);
    expect(screen.getByText(/people with access and no recorded reason/)).toBeInTheDocument();
    for (const name of ['Daniel Cohen', 'Sam Ortiz', 'Lena Park']) await user.click(within(await checklistRow(name)).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Keep selected' }));
    await user.type(within(await screen.findByRole('dialog')).getByRole('textbox', { name: /Reason/ }), 'Core team');
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Keep 3' }));
    await decide(user, 'POWR Support', /^Remove/, 'Ticket closed', 'Remove from site');
    await decide(user, 'alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
    await decide(user, 'jordan.lens@gmail.com', /^Cancel/, 'Not needed', 'Cancel invite');
    await waitFor(() => expect(screen.getByText('7 of 7 reviewed')).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Complete review' }));
    expect(await screen.findByText('Review summary')).toBeInTheDocument();
    // The completed review's record holds the counts; the owner's decision is in its own record.
    const [review] = await savedReviews(wix);
    expect(review).toMatchObject({ decisions: [], summary: { decisions: 7, byDecision: { keep: 4 } } });
    expect(await savedDecisions(wix)).toContainEqual(
      expect.objectContaining({ subjectName: 'Maya Levin', decision: 'keep', reason: 'Site owner' }),
    );
    expect(screen.queryByText(/with access and no recorded reason/)).not.toBeInTheDocument();
    expect(within(await checklistRow('Sam Ortiz')).getByText('Core team')).toBeInTheDocument();
  });
});
