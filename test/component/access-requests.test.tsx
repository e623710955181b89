import { chooseOption, fill } from '../support/wds-controls';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

type Wix = ReturnType<typeof useEmulator>;

/** Sam Ortiz (a blog writer, not a manager) asks for access for a new teammate on the read-only page. */
async function requestAsSam(wix: Wix, fields: { email: string; role: string; why: string; until?: string }) {
  const { user } = renderApp(wix, { signedInAs: 'acc-sam' });
  await screen.findByText('This page is read-only for you');
  await fill(user, await screen.findByLabelText(/Email of the person who needs access/), fields.email);
  await chooseOption(/Role requested/, fields.role);
  await fill(user, screen.getByLabelText(/Why is it needed/), fields.why);
  if (fields.until) {
    await user.click(screen.getByRole('radio', { name: 'Until a date' }));
    await fill(user, screen.getByLabelText('Access until'), fields.until);
  }
  await fill(user, screen.getByLabelText(/Department or notes/), 'Marketing');
  await user.click(screen.getByRole('button', { name: 'Send request' }));
  expect(
    await screen.findByText(`Request for ${fields.email} sent. The site owner decides; you see the outcome under My requests.`),
  ).toBeInTheDocument();
  expect(await screen.findByText(`${fields.role} for ${fields.email}`)).toBeInTheDocument();
  cleanup();
}

async function openRequestsAsOwner(wix: Wix) {
  const app = renderApp(wix);
  await app.user.click(await screen.findByRole('tab', { name: 'Requests (1)' }));
  await screen.findByText(/Waiting for approval \(1\)/);
  return app;
}

const requests = async (wix: Wix) => ((await wix.control.state()).collections[COLLECTIONS.accessRequests] ?? []).map((i) => i.data);
const dateInput = (date: Date) => date.toISOString().slice(0, 10);

describe('Access requests: request as a contributor, decide as the owner', () => {
  const wix = useEmulator('demo');

  it('temporary access: the blog writer asks, the owner approves, invites in Wix, the person joins and the pass shows the request', async () => {
    await requestAsSam(wix, {
      email: 'nina@bloomandbranch.com',
      role: 'Blog Editor',
      why: 'Edits the spring posts',
      until: dateInput(addDays(wix.clock(), 14)),
    });
    expect(await requests(wix)).toEqual([
      expect.objectContaining({ requesterName: 'Sam Ortiz', status: 'open', email: 'nina@bloomandbranch.com', department: 'Marketing' }),
    ]);
    expect((await wix.control.state()).tasks.find((t) => t.title === 'Access requests waiting')?.status).toBe('ACTION_NEEDED');

    const { user } = await openRequestsAsOwner(wix);
    const waiting = screen.getByText('nina@bloomandbranch.com · Blog Editor').closest('[data-hook="waiting-request"]') as HTMLElement;
    expect(within(waiting).getByText(/Requested by Sam Ortiz .* · Until .* · Marketing/)).toBeInTheDocument();
    await user.click(within(waiting).getByRole('button', { name: 'Approve nina@bloomandbranch.com' }));
    expect(await within(waiting).findByText(/Give a reason/)).toBeInTheDocument();
    await fill(user, within(waiting).getByLabelText('Reason for nina@bloomandbranch.com'), 'Spring campaign');
    await user.click(within(waiting).getByRole('button', { name: 'Approve nina@bloomandbranch.com' }));

    expect(await screen.findByText('Now invite nina@bloomandbranch.com in Roles & Permissions')).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Requests' })).toBeInTheDocument();
    let state = await wix.control.state();
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({
      status: 'awaiting-invite',
      email: 'nina@bloomandbranch.com',
      roleTitle: 'Blog Editor',
      requestedBy: 'Sam Ortiz',
      approvedBy: 'The site owner',
    });
    expect(state.tasks.find((t) => t.title === 'Access requests waiting')?.status).toBe('COMPLETED');
    await user.click(screen.getByRole('button', { name: 'I sent the invite' }));
    await screen.findByText('Invite to nina@bloomandbranch.com recorded. Site Access sees when they join.');

    const { invite } = await wix.control.sendInviteAsOwner('nina@bloomandbranch.com', 'Blog Editor');
    await wix.control.accept(invite.id);
    cleanup();
    const again = renderApp(wix);
    await again.user.click(await screen.findByRole('tab', { name: 'Requests' }));
    const row = await screen.findByRole('row', { name: /nina@bloomandbranch.com\s*Blog Editor/ });
    expect(await within(row).findByText(/Support pass until .*: .* joined/)).toBeInTheDocument();
    expect(within(row).getByText(/The site owner, .*: Spring campaign/)).toBeInTheDocument();
    state = await wix.control.state();
    const actions = (state.collections[COLLECTIONS.accessLog] ?? []).map((e) => `${e.data.action} by ${e.data.actor}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'access-requested by Sam Ortiz',
        'request-approved by The site owner',
        'request-provisioned by The site owner',
        'invited by The site owner',
      ]),
    );
    cleanup();

    const support = renderApp(wix);
    await support.user.click(await screen.findByRole('tab', { name: 'Support access' }));
    const pass = (await screen.findByText('Requested by Sam Ortiz · approved by The site owner')).closest('tr') as HTMLElement;
    expect(within(pass).getAllByText('nina@bloomandbranch.com').length).toBeGreaterThan(0);
    expect(await within(pass).findByText('Active')).toBeInTheDocument();
    cleanup();

    renderApp(wix, { signedInAs: 'acc-sam' });
    expect(await screen.findByText(/Approved by The site owner: access until .*; the invitation comes from Wix./)).toBeInTheDocument();
  });

  it('decline: the owner declines with a reason and the requester sees it', async () => {
    await requestAsSam(wix, { email: 'lou@example.com', role: 'Not sure', why: 'Helps with photos' });
    const { user } = await openRequestsAsOwner(wix);
    await fill(user, screen.getByLabelText('Reason for lou@example.com'), 'Lena covers photos');
    await user.click(screen.getByRole('button', { name: 'Decline lou@example.com' }));
    await screen.findByText('Request for lou@example.com declined.');
    expect(await requests(wix)).toEqual([
      expect.objectContaining({ status: 'declined', decidedBy: 'The site owner', decisionReason: 'Lena covers photos' }),
    ]);
    expect((await wix.control.state()).invites.some((i) => i.email === 'lou@example.com')).toBe(false);
    cleanup();
    renderApp(wix, { signedInAs: 'acc-sam' });
    expect(await screen.findByText('Declined by The site owner: Lena covers photos')).toBeInTheDocument();
  });

  it('refuses bad input beside the field and a duplicate with the backend’s message; nothing is saved', async () => {
    await requestAsSam(wix, { email: 'nina@bloomandbranch.com', role: 'Blog Editor', why: 'Edits' });
    const { user } = renderApp(wix, { signedInAs: 'acc-sam' });
    await fill(user, await screen.findByLabelText(/Email of the person who needs access/), 'nina@bloom\u202Eandbranch.com');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/hidden characters/)).toBeInTheDocument();
    expect(screen.getByText('Choose a role, or "Not sure".')).toBeInTheDocument();
    await user.clear(screen.getByLabelText(/Email of the person who needs access/));
    await fill(user, screen.getByLabelText(/Email of the person who needs access/), 'NINA@bloomandbranch.com');
    await chooseOption(/Role requested/, 'Blog Writer');
    await fill(user, screen.getByLabelText(/Why is it needed/), 'Again');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/There is already an open request for nina@bloomandbranch.com/)).toBeInTheDocument();
    expect(await requests(wix)).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Withdraw the request for nina@bloomandbranch.com' }));
    await screen.findByText('Request for nina@bloomandbranch.com withdrawn.');
    expect(await screen.findByText('Withdrawn.')).toBeInTheDocument();
    expect((await requests(wix))[0]?.status).toBe('withdrawn');
  });

  it('permanent access: approved as the owner, the invite sent by hand, and verified again in the quarterly review', async () => {
    await requestAsSam(wix, { email: 'omar@bloomandbranch.com', role: 'Website Designer', why: 'New in-house designer' });
    const { user } = await openRequestsAsOwner(wix);
    await fill(user, screen.getByLabelText('Reason for omar@bloomandbranch.com'), 'Hired in November');
    await user.click(screen.getByRole('button', { name: 'Approve omar@bloomandbranch.com' }));
    expect(await screen.findByText('Now invite omar@bloomandbranch.com in Roles & Permissions')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'I sent the invite' }));
    await screen.findByText(/Invite to omar@bloomandbranch.com recorded/);
    const { invite } = await wix.control.sendInviteAsOwner('omar@bloomandbranch.com', 'Website Designer');
    await wix.control.accept(invite.id);
    expect(await requests(wix)).toEqual([expect.objectContaining({ status: 'provisioned', recheckBy: expect.anything() })]);
    await wix.control.advanceDays(91);
    cleanup();
    renderApp(wix);
    expect((await screen.findAllByText('Verify still needed')).length).toBeGreaterThan(0);
    expect(screen.getByText(/omar@bloomandbranch.com\): approved .* for New in-house designer/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Access request by Sam Ortiz: New in-house designer').length).toBeGreaterThan(0));
  });

  it('second approver: the owner turns it on, approves first, and the co-owner completes it; both are shown', async () => {
    await requestAsSam(wix, {
      email: 'ivy@bloomandbranch.com',
      role: 'Store Manager',
      why: 'Runs the online shop',
      until: dateInput(addDays(wix.clock(), 30)),
    });
    const { user } = await openRequestsAsOwner(wix);
    await user.click(await screen.findByRole('checkbox', { name: /Require a second approver/ }));
    await screen.findByText('Access requests now need a second approver.');
    await fill(user, screen.getByLabelText('Reason for ivy@bloomandbranch.com'), 'Shop launch');
    await user.click(screen.getByRole('button', { name: 'Approve ivy@bloomandbranch.com' }));
    await screen.findByText('First approval recorded. Another owner or co-owner must approve ivy@bloomandbranch.com too.');
    expect(await screen.findByText(/First approval: The site owner, .*: Shop launch. Waiting for a second approver./)).toBeInTheDocument();
    expect(screen.getByText('You approved it: another owner or co-owner approves it too.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Approve ivy@bloomandbranch.com' })).not.toBeInTheDocument();
    cleanup();

    const daniel = renderApp(wix, { signedInAs: 'acc-daniel' });
    await daniel.user.click(await screen.findByRole('tab', { name: 'Requests (1)' }));
    expect(await screen.findByRole('checkbox', { name: /Require a second approver/ })).toBeDisabled();
    await daniel.user.type(await screen.findByLabelText('Reason for ivy@bloomandbranch.com'), 'Agreed');
    await daniel.user.click(screen.getByRole('button', { name: 'Approve ivy@bloomandbranch.com' }));
    expect(await screen.findByText('Now invite ivy@bloomandbranch.com in Roles & Permissions')).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /ivy@bloomandbranch.com\s*Store Manager/ });
    expect(within(row).getByText('The site owner (first): Shop launch')).toBeInTheDocument();
    expect(within(row).getByText(/Daniel Cohen, .*: Agreed/)).toBeInTheDocument();
  });

  it('a Wix fault while setting up approved access keeps the request approved with the reason, and Try again finishes it', async () => {
    await wix.connectKey();
    await requestAsSam(wix, { email: 'omar@bloomandbranch.com', role: 'Website Designer', why: 'New in-house designer' });
    const { user } = await openRequestsAsOwner(wix);
    await wix.control.givenFaults({ method: 'POST', path: '/invites/site-invite/bulk', status: 500, times: 2 });
    await fill(user, screen.getByLabelText('Reason for omar@bloomandbranch.com'), 'Hired');
    await user.click(screen.getByRole('button', { name: 'Approve omar@bloomandbranch.com' }));
    const row = await screen.findByRole('row', { name: /omar@bloomandbranch.com/ });
    expect(await within(row).findByText(/^Setting up the access did not finish: .*problem on its side/)).toBeInTheDocument();
    expect((await requests(wix))[0]).toMatchObject({ status: 'approved', failure: expect.stringMatching(/did not finish/) });
    expect((await wix.control.state()).invites.some((i) => i.email === 'omar@bloomandbranch.com')).toBe(false);

    await wix.control.clearFaults();
    await user.click(within(row).getByRole('button', { name: 'Try again: omar@bloomandbranch.com' }));
    expect(
      await within(await screen.findByRole('row', { name: /omar@bloomandbranch.com/ })).findByText(
        /^Permanent access: invite sent · verify still needed by/,
      ),
    ).toBeInTheDocument();
    expect((await wix.control.state()).invites.filter((i) => i.email === 'omar@bloomandbranch.com')).toHaveLength(1);
  });
});
