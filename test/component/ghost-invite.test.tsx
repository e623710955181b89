import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { findRoleByTitle } from '../../src/access/people';
import { peopleQuery } from '../../src/page/site-queries';
import { grantPass } from '../../src/operations/support-passes';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';

/** Defect: after accept → revoke, the review still listed the vendor as a pending invite (issue #16, 1). */
describe('invite records follow Wix', () => {
  const wix = useEmulator('empty');
  beforeEach(() => wix.connectKey());

  it('an invite someone joined through is used, and is not listed as pending after they were removed', async () => {
    const role = findRoleByTitle((await peopleQuery(wix.gateway).queryFn()).roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    const grant = await grantPass(
      context,
      {
        email: 'support@powr.io',
        vendorName: 'POWR',
        role,
        ticket: '4711',
        reason: 'Widget',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: true,
        requestedBy: 'Maya',
      },
      true,
    );
    await wix.control.accept(grant.inviteId ?? '');
    const record = () => wix.control.state().then((s) => s.collections[COLLECTIONS.invites]?.[0]?.data);
    // No Wix event tells the app someone joined: revoking records the join first, so the invite is used.
    expect(await wix.backend.revokePass(grant._id)).toMatchObject({ ok: true });
    expect(await record()).toMatchObject({ status: 'used' });

    renderApp(wix);
    expect(await screen.findByText(/^1 person can get into this site\./)).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /support@powr\.io/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Pending')).not.toBeInTheDocument();
  });

  it("shows a vendor's account by the pass's vendor name, not its email's first part (issue #16, defect 2)", async () => {
    const role = findRoleByTitle((await peopleQuery(wix.gateway).queryFn()).roles, 'Website Manager');
    if (!role) throw new Error('no Website Manager role');
    const context = { gateway: wix.gateway, clock: wix.clock, actor: 'Maya Levin' };
    const grant = await grantPass(
      context,
      {
        email: 'help@formbuilder.example',
        vendorName: 'FormBuilder',
        role,
        ticket: '88',
        reason: 'Form bug',
        expiresAt: addDays(wix.clock(), 7),
        autoEnd: true,
        requestedBy: 'Maya',
      },
      true,
    );
    await wix.control.accept(grant.inviteId ?? ''); // Wix names the new account "help"
    renderApp(wix);
    expect(await screen.findByRole('row', { name: /^FormBuilder\s*help@formbuilder\.example/ })).toBeInTheDocument();
    await waitFor(async () => {
      const joined = (await wix.control.state()).collections[COLLECTIONS.accessLog]?.find((e) => e.data.action === 'accepted');
      expect(joined?.data.subjectName).toBe('FormBuilder');
    });
  });
});
