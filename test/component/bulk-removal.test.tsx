import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { useEmulator } from '../support/emulator';
import { renderApp } from '../support/render-app';
import { foldedRows } from '../support/folded-log';

describe('bulk removal', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());
  const REMOVE = '/roles-management/contributor/remove';

  async function openBulkRemoval() {
    const app = renderApp(wix);
    await app.user.click(await screen.findByRole('tab', { name: 'Handoff & team' }));
    await app.user.click(await screen.findByRole('tab', { name: 'Bulk removal' }));
    await screen.findByRole('checkbox', { name: /Lena Park/ });
    return app;
  }

  async function pickAndRemove(user: Awaited<ReturnType<typeof openBulkRemoval>>['user'], names: RegExp[], reason: string) {
    for (const name of names) await user.click(screen.getByRole('checkbox', { name }));
    await user.type(screen.getByLabelText(/Reason/), reason);
    await user.click(screen.getByRole('button', { name: `Remove ${names.length} ${names.length === 1 ? 'person' : 'people'}` }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Remove access' }));
  }

  it('removes one by one, carries on after a failure in the middle, verifies with Wix and logs each', async () => {
    const { user } = await openBulkRemoval();
    // The first removal goes through; the second is refused by Wix with a 500; the third goes through.
    await wix.control.givenFaults({ path: REMOVE, delayMs: 1, times: 1 }, { path: REMOVE, status: 500, times: 1 });
    await pickAndRemove(user, [/Lena Park/, /Sam Ortiz/, /POWR Support/], 'Spring project finished');

    expect(await screen.findByText('2 of 3 removed')).toBeInTheDocument();
    expect(screen.getByText('Checked with Wix afterwards: Sam Ortiz still has access.')).toBeInTheDocument();
    const row = (name: RegExp) => screen.getByRole('row', { name });
    expect(within(row(/Lena Park/)).getByText('Removed')).toBeInTheDocument();
    expect(within(row(/Sam Ortiz/)).getByText('Failed')).toBeInTheDocument();
    expect(within(row(/Sam Ortiz/)).getByText(/problem on its side \(500\)/)).toBeInTheDocument();
    expect(within(row(/POWR Support/)).getByText('Removed')).toBeInTheDocument();

    const state = await wix.control.state();
    expect(state.contributors.map((p) => p.fullName)).toEqual(['Maya Levin', 'Daniel Cohen', 'Sam Ortiz']);
    const log = foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((e) => e.data)).map((e) => [
      e.subjectEmail,
      e.outcome,
      e.reason,
    ]);
    expect(log).toEqual([
      ['lena@parkstudio.design', 'done', 'Spring project finished'],
      ['sam.ortiz.writes@gmail.com', 'failed', 'Spring project finished'],
      ['support@powr.io', 'done', 'Spring project finished'],
    ]);
    const removes = (await wix.control.requests()).filter((r) => r.path === REMOVE);
    expect(removes).toHaveLength(3);
  });

  it('reports a dropped connection per person, and the check with Wix confirms who still has access', async () => {
    const { user } = await openBulkRemoval();
    await wix.control.givenFaults({ path: REMOVE, status: 0, times: 1 });
    await pickAndRemove(user, [/Lena Park/, /Sam Ortiz/], 'Left the studio');
    expect(await screen.findByText('1 of 2 removed')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Lena Park/ })).getByText(/could not be reached/)).toBeInTheDocument();
    expect(screen.getByText('Checked with Wix afterwards: Lena Park still has access.')).toBeInTheDocument();
  });

  it('never offers the owner and refuses to remove the only co-owner', async () => {
    const { user } = await openBulkRemoval();
    expect(screen.getByRole('checkbox', { name: /Maya Levin \(site owner/ })).toBeDisabled();
    await pickAndRemove(user, [/Daniel Cohen/, /Sam Ortiz/], 'Restructure');
    expect(await screen.findByText('1 of 2 removed')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Daniel Cohen/ })).getByText(/only Admin \(Co-Owner\)/)).toBeInTheDocument();
    expect((await wix.control.state()).contributors.map((p) => p.fullName)).toContain('Daniel Cohen');
  });

  it('asks for a reason before anything is removed', async () => {
    const { user } = await openBulkRemoval();
    await user.click(screen.getByRole('checkbox', { name: /Lena Park/ }));
    await user.click(screen.getByRole('button', { name: 'Remove 1 person' }));
    expect(await screen.findByText('Give a reason: it is kept in the access log.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect((await wix.control.requests()).filter((r) => r.path === REMOVE)).toEqual([]);
  });
});
