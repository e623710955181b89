import { foldedRows } from '../support/folded-log';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { COLLECTIONS } from '../../src/wix/collections';
import { STORY_READINGS, useEmulator } from '../support/emulator';

/** The access-request web methods, called as each signed-in person's page calls them. */
describe.each(STORY_READINGS)('access requests in the backend (%s)', (_readings, readings) => {
  const wix = useEmulator('demo', readings);
  // Wix gives an app the owner's name only when it lists the owner among the contributors.
  const owner = readings.ownerListed ? 'Maya Levin' : 'The site owner';
  const sam = () => wix.backendFor('acc-sam');
  const daniel = () => wix.backendFor('acc-daniel');
  const state = () => wix.control.state();
  const requests = async () => ((await state()).collections[COLLECTIONS.accessRequests] ?? []).map((i) => i.data);
  const log = async () =>
    foldedRows<Record<string, unknown>>(((await state()).collections[COLLECTIONS.accessLog] ?? []).map((i) => ({ ...i.data, _id: i.id })));
  const ask = (overrides: Record<string, unknown> = {}) =>
    sam().submitAccessRequest({
      email: 'nina@bloomandbranch.com',
      roleTitle: 'Blog Editor',
      justification: 'New editor for the spring posts',
      until: '',
      department: 'Marketing',
      ...overrides,
    });
  const submitted = async (overrides: Record<string, unknown> = {}) => {
    const answer = await ask(overrides);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value.request;
  };

  it('records the request as the signed-in contributor (whatever the page sends), logs it, and tells the owner with one task', async () => {
    const answer = await ask({ requesterName: owner, requesterAccountId: 'acc-owner-maya' });
    expect(answer).toMatchObject({
      ok: true,
      value: { ownerTask: true, request: { requesterName: 'Sam Ortiz', requesterAccountId: 'acc-sam', status: 'open' } },
    });
    await submitted({ email: 'omar@bloomandbranch.com' });
    const s = await state();
    expect(s.tasks.filter((t) => t.title === 'Access requests waiting')).toHaveLength(1);
    expect(s.tasks[0]?.description).toMatch(/2 access requests waiting/);
    expect((await log()).filter((e) => e.action === 'access-requested')).toMatchObject([
      { actor: 'Sam Ortiz', outcome: 'done', role: 'Blog Editor' },
      { actor: 'Sam Ortiz' },
    ]);
  });

  it('refuses bad input, duplicates, people who already have access, and a removed contributor’s stale token — nothing saved', async () => {
    expect(await ask({ email: 'nina@bloom\u202Eandbranch.com' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/hidden characters/) },
    });
    expect(await ask({ email: 'not-an-email' })).toMatchObject({
      ok: false,
      error: { kind: 'invalid', message: expect.stringMatching(/valid email/) },
    });
    expect(await ask({ justification: '' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Give a reason/) } });
    expect(await ask({ roleTitle: 'Owner' })).toMatchObject({ ok: false, error: { message: 'Choose a role, or "Not sure".' } });
    expect(await ask({ until: addDays(wix.clock(), 200).toISOString() })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/at most 90 days/) },
    });
    expect(await ask({ email: 'lena@parkstudio.design', roleTitle: 'Website Designer' })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringMatching(/^Lena Park already has/) },
    });
    expect(await ask({ email: 'alex@ledgerlane.co' })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringMatching(/^alex@ledgerlane.co already has a pending invite \(Billing Manager/) },
    });
    await submitted();
    expect(
      await daniel().submitAccessRequest({ email: 'NINA@bloomandbranch.com', roleTitle: 'Not sure', justification: 'Same person' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict', message: expect.stringMatching(/already an open request for nina@bloomandbranch.com .* by Sam Ortiz/) },
    });
    await wix.gateway.contributors.remove('acc-sam');
    expect(await ask({ email: 'other@example.com' })).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed', message: expect.stringMatching(/no longer a contributor/) },
    });
    expect(await requests()).toHaveLength(1);
  });

  it('refuses self-approval, approval of a request for oneself, and non-managers; the owner approves and a guided pass is made', async () => {
    const request = await submitted({ until: addDays(wix.clock(), 14).toISOString() });
    expect(await sam().approveAccessRequest(request._id, '', 'ok')).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed', message: 'Only the site owner or a co-owner can approve an access request.' },
    });
    const own = await daniel().submitAccessRequest({
      email: 'temp@agency.example',
      roleTitle: 'Website Manager',
      justification: 'Launch help',
    });
    if (!own.ok) throw new Error(own.error.message);
    expect(await daniel().approveAccessRequest(own.value.request._id, '', 'Mine')).toMatchObject({
      ok: false,
      error: { message: "You can't approve your own request." },
    });
    const forDaniel = await sam().submitAccessRequest({
      email: 'daniel.private@example.com',
      roleTitle: 'Blog Writer',
      justification: 'x',
    });
    expect(forDaniel.ok).toBe(true);
    expect((await log()).filter((e) => e.action === 'refused').at(-1)).toMatchObject({
      actor: 'Daniel Cohen',
      detail: "You can't approve your own request.",
    });

    const approved = await wix.backend.approveAccessRequest(request._id, '', 'Spring campaign');
    expect(approved).toMatchObject({
      ok: true,
      value: {
        request: { status: 'provisioned', decidedBy: owner, provisionedBy: owner },
        grant: { status: 'awaiting-invite', email: 'nina@bloomandbranch.com', roleTitle: 'Blog Editor' },
      },
    });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'again')).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const actions = (await log()).map((e) => `${e.action}:${e.actor}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'access-requested:Sam Ortiz',
        `request-approved:${owner}`,
        `pass-started:${owner}`,
        `request-provisioned:${owner}`,
      ]),
    );
    expect((await state()).invites.some((i) => i.email === 'nina@bloomandbranch.com')).toBe(false);
  });

  it('permanent access: approved with a re-check date, the owner sends the invite by hand; declining needs a reason; the task closes when none wait', async () => {
    const request = await submitted({ roleTitle: 'Not sure' });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Fine')).toMatchObject({
      ok: false,
      error: { message: 'Choose the role to give before approving.' },
    });
    const approved = await wix.backend.approveAccessRequest(request._id, 'Blog Editor', 'Fine');
    expect(approved).toMatchObject({
      ok: true,
      value: { request: { status: 'approved', awaitingInvite: true, roleTitle: 'Blog Editor' } },
    });
    const stored = (await requests())[0];
    expect(stored?.recheckBy).toEqual({ $date: addDays(new Date((stored?.decidedAt as { $date: string }).$date), 90).toISOString() });
    expect(await wix.backend.requestInviteSent(request._id)).toMatchObject({ ok: true, value: { status: 'provisioned' } });

    const other = await submitted({ email: 'lou@example.com' });
    expect(await wix.backend.declineAccessRequest(other._id, '  ')).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await wix.backend.declineAccessRequest(other._id, 'We have enough editors')).toMatchObject({
      ok: true,
      value: { status: 'declined', decisionReason: 'We have enough editors' },
    });
    expect((await state()).tasks.find((t) => t.title === 'Access requests waiting')?.status).toBe('COMPLETED');
    expect(await sam().myAccessRequests()).toMatchObject({
      ok: true,
      value: [{ status: 'declined', decidedBy: owner }, { status: 'provisioned' }],
    });
  });

  it('connected: a permanent request is sent with the key and recorded as an invite', async () => {
    await wix.connectKey();
    const request = await submitted();
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Agreed')).toMatchObject({
      ok: true,
      value: { request: { status: 'provisioned', inviteId: expect.any(String) } },
    });
    const s = await state();
    expect(s.invites.find((i) => i.email === 'nina@bloomandbranch.com')?.status).toBe('Pending');
    expect(s.collections[COLLECTIONS.invites]?.some((i) => i.data.email === 'nina@bloomandbranch.com')).toBe(true);
  });

  it('Wix faults: a failed save refuses cleanly with nothing half-done; a failed invite keeps the request approved to try again', async () => {
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items', status: 500, times: 1 });
    const first = await ask();
    expect(first).toMatchObject({ ok: false, error: { kind: 'server' } });
    await wix.control.clearFaults();
    expect(await requests()).toHaveLength(0);
    const request = await submitted();
    await wix.control.givenFaults({ method: 'POST', path: '/wix-data/v2/items/update', status: 500, times: 1 });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Yes')).toMatchObject({ ok: false, error: { kind: 'server' } });
    expect((await requests())[0]?.status).toBe('open');
    await wix.control.clearFaults();
    await wix.connectKey();
    await wix.control.givenFaults({ method: 'POST', path: '/invites/site-invite/bulk', status: 500, times: 2 });
    const approved = await wix.backend.approveAccessRequest(request._id, '', 'Yes');
    expect(approved).toMatchObject({
      ok: true,
      value: { request: { status: 'approved', failure: expect.stringMatching(/did not finish/) } },
    });
    await wix.control.clearFaults();
    expect(await wix.backend.provisionAccessRequest(request._id)).toMatchObject({
      ok: true,
      value: { request: { status: 'provisioned' } },
    });
  });

  it('second approver: only the owner sets it; then two different managers approve, both recorded', async () => {
    expect(await daniel().setRequestPolicy(true)).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed', message: 'Only the site owner can change how access requests are approved.' },
    });
    expect(await wix.backend.setRequestPolicy(true)).toMatchObject({ ok: true, value: { secondApproval: true, setBy: owner } });
    const request = await submitted({ until: addDays(wix.clock(), 10).toISOString() });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Needed for spring')).toMatchObject({
      ok: true,
      value: { request: { status: 'open', firstApprovedBy: owner } },
    });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Again')).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/already approved this request/) },
    });
    expect((await state()).collections[COLLECTIONS.grants] ?? []).toHaveLength(0);
    expect(await daniel().approveAccessRequest(request._id, '', 'Agreed')).toMatchObject({
      ok: true,
      value: {
        request: {
          status: 'provisioned',
          firstApprovedBy: owner,
          firstApprovalReason: 'Needed for spring',
          decidedBy: 'Daniel Cohen',
          decisionReason: 'Agreed',
        },
      },
    });
    const approvals = (await log()).filter((e) => e.action === 'request-approved');
    expect(approvals.map((e) => [e.actor, String(e.detail).split('.')[0]])).toEqual([
      [owner, 'First approval; waiting for a second approver'],
      ['Daniel Cohen', `Second approval (first: ${owner})`],
    ]);
  });

  it('withdraw: only the requester, only while open; the owner task closes', async () => {
    const request = await submitted();
    expect(await daniel().withdrawAccessRequest(request._id)).toMatchObject({
      ok: false,
      error: { kind: 'not-allowed', message: 'Only the person who asked can withdraw a request.' },
    });
    expect(await sam().withdrawAccessRequest(request._id)).toMatchObject({
      ok: true,
      value: { status: 'withdrawn', decidedBy: 'Sam Ortiz' },
    });
    expect(await sam().withdrawAccessRequest(request._id)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(await wix.backend.approveAccessRequest(request._id, '', 'Too late')).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect((await state()).tasks.find((t) => t.title === 'Access requests waiting')?.status).toBe('COMPLETED');
    expect((await log()).filter((e) => e.action === 'request-withdrawn')).toMatchObject([{ actor: 'Sam Ortiz', outcome: 'done' }]);
  });
});
