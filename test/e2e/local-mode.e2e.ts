import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

describe('local mode in Chromium', () => {
  let app: LocalPage;
  let local: LocalPage['local'];
  let page: Page;

  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: { width: 1360, height: 900 }, connected: true });
    ({ local, page } = app);
  });
  afterAll(() => app?.close());

  it('opens on the access review checklist: the demo site people and invites, with no serious accessibility violations', async () => {
    await page.goto(local.dashboardUrl);
    await page.getByRole('row', { name: /POWR Support/ }).waitFor({ timeout: 120_000 });
    expect(await page.getByRole('row').filter({ hasText: '@' }).count()).toBe(6);
    await expect(page.getByText('Invite sent 27 days ago · expires in 3 days').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'Access review' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: 'docs/screenshots/people-and-invites.png', fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
  });

  it('shows the access log tab', async () => {
    await page.getByRole('tab', { name: 'Access log' }).click();
    await page.getByText('Nothing logged yet').waitFor();
    expect(await axeProblems(page)).toEqual([]);
  });
});
