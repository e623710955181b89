import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalMode } from '../../scripts/local-mode';
import { launchChromium, seriousAxeViolations } from './browser';

describe('local mode in Chromium', () => {
  let local: Awaited<ReturnType<typeof startLocalMode>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    local = await startLocalMode({ seed: 'demo' });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await local?.close();
  });

  it('opens on the access review checklist: the demo site people and invites, with no serious accessibility violations', async () => {
    await page.goto(local.dashboardUrl);
    await page.getByRole('row', { name: /POWR Support/ }).waitFor({ timeout: 120_000 });
    expect(await page.getByRole('row').filter({ hasText: '@' }).count()).toBe(7);
    await expect(page.getByText('3 days of 30 left').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('tab', { name: 'Access review' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.screenshot({ path: 'docs/screenshots/people-and-invites.png', fullPage: true });
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  });

  it('shows the access log tab', async () => {
    await page.getByRole('tab', { name: 'Access log' }).click();
    await page.getByText('Nothing logged yet').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
