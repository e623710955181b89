import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl } from '../support/emulator';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

/** Local mode's "Signed in as" switch: the POWR support account gets a read-only page. */
describe('signed in as someone else, in Chromium', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('the owner sees who they are; switching to POWR Support shows a read-only page; switching back restores the owner', async () => {
    const { page, local } = app;
    await page.goto(local.dashboardUrl);
    await page.getByText('Signed in as the site owner').waitFor({ timeout: 120_000 });
    await page.getByLabel('Signed in as').selectOption({ label: 'POWR Support · support@powr.io' });
    await page.getByText('This page is read-only for you').waitFor({ timeout: 60_000 });
    expect(await page.getByText('Signed in as POWR Support · View only').count()).toBe(1);
    await page.screenshot({ path: 'docs/screenshots/read-only-vendor.png' });
    expect(await axeProblems(page)).toEqual([]);
    expect((await emulatorControl(local.emulatorUrl).currentSession()).accountId).toBe('acc-powr');
    await page.getByLabel('Signed in as').selectOption({ label: 'Maya Levin · maya@bloomandbranch.com' });
    await page.getByText('Signed in as the site owner').waitFor({ timeout: 60_000 });
  });
});
