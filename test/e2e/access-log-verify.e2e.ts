import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

/** Verify log in Chromium: entries written through the local backend host over HTTP, then the chain walked. */
describe('verifying the access log in the browser', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('empty', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('grant a pass (logged through the backend), then Verify log says intact, with no serious accessibility violations', async () => {
    const { page, local } = app;
    await page.goto(local.dashboardUrl);
    await page.getByRole('tab', { name: 'Support access' }).click();
    await page.getByRole('button', { name: 'Grant access to POWR' }).click({ timeout: 120_000 });
    await page.getByText(/Removed automatically on/).waitFor();
    await page.keyboard.type('#4711');
    await page.getByRole('button', { name: 'Save pass', exact: true }).click();
    await page.getByText(/Site Access removes the access automatically then/).waitFor();

    await page.getByRole('tab', { name: 'Access log' }).click();
    await page.getByRole('button', { name: 'Verify log' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Log intact' });
    await status.waitFor({ timeout: 60_000 });
    await expect(status.textContent()).resolves.toMatch(/^Log intact: \d+ (entry|entries), last at .+\. Head hash [0-9a-f]{64}\.$/);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: 'docs/screenshots/access-log-verified.png' });
  });
});
