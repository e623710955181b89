import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { emulatorControl } from '../support/emulator';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';
import { foldedRows } from '../support/folded-log';

/** The POWR story with the page closed across the due date: Site Access ends the pass by itself. */
describe('a support pass ends on time with the browser closed', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('empty', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('grant, close the page, POWR joins, 8 days pass: POWR is removed, the task completed, the pass ended and logged', async () => {
    const { page, local } = app;
    const control = emulatorControl(local.emulatorUrl);
    await page.goto(local.dashboardUrl);
    await page.getByRole('tab', { name: 'Support access' }).click();
    await page.getByRole('button', { name: 'Grant access to POWR' }).click({ timeout: 120_000 });
    await page.getByText(/Removed automatically on/).waitFor();
    await page.keyboard.type('#4711');
    await page.getByRole('button', { name: 'Save pass', exact: true }).click();
    await page.getByText(/Site Access removes the access automatically then/).waitFor();
    const context = page.context();
    await page.close();

    // Nobody has the dashboard open from here on.
    const { invite } = await control.sendInviteAsOwner('support@powr.io', 'Website Manager');
    await control.accept(invite.id);
    await control.advanceDays(8);
    const state = await control.state();
    expect(state.contributors.map((p) => p.email)).not.toContain('support@powr.io');
    expect(state.tasks[0]?.status).toBe('COMPLETED');
    expect(state.collections[COLLECTIONS.grants]?.[0]?.data).toMatchObject({
      status: 'ended',
      revokedBy: 'Site Access (automatic, pass ended)',
    });
    const log = foldedRows((state.collections[COLLECTIONS.accessLog] ?? []).map((i) => i.data)).map((e) => e.action);
    expect(log).toEqual(['pass-started', 'accepted', 'pass-ended']);

    const later = await context.newPage();
    await later.goto(local.dashboardUrl);
    await later.getByRole('tab', { name: 'Support access' }).click({ timeout: 120_000 });
    await later.getByText('Ended on time', { exact: true }).waitFor();
    await later.screenshot({ path: 'docs/screenshots/support-ended-on-time.png', fullPage: true });
    expect(await axeProblems(later)).toEqual([]);
    await later.getByRole('tab', { name: 'Access log' }).click();
    await later.getByRole('cell', { name: 'Support access ended on time' }).waitFor();
    await later.screenshot({ path: 'docs/screenshots/access-log-ended-on-time.png' });
  });
});
