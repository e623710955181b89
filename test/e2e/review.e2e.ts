import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/wix/collections';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

const SHOTS = 'docs/screenshots';

describe('access review of the demo site in Chromium', () => {
  let app: LocalPage;
  let local: LocalPage['local'];
  let page: Page;
  const row = (who: string) => page.getByRole('row').filter({ has: page.getByText(who, { exact: true }) });
  const noSeriousViolations = async () => expect(await axeProblems(page)).toEqual([]);
  /** The page scrolls inside the dashboard frame, so a tall viewport shows all of it. */
  const screenshot = async (name: string) => {
    await page.setViewportSize({ width: 1440, height: 2400 });
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
    await page.setViewportSize({ width: 1440, height: 1000 });
  };
  const decide = async (who: string, action: RegExp, reason: string, confirm: string) => {
    await row(who).getByRole('button', { name: action }).click();
    const panel = page.getByRole('dialog');
    if (reason) await panel.getByRole('textbox', { name: /Reason/ }).fill(reason);
    await panel.getByRole('button', { name: confirm }).click();
    await panel.waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: { width: 1440, height: 1000 }, acceptDownloads: true, connected: true });
    ({ local, page } = app);
  });
  afterAll(() => app?.close());

  it('opens on the access review with the findings first', async () => {
    await page.goto(local.dashboardUrl);
    await row('POWR Support').waitFor({ timeout: 120_000 });
    await expect(page.getByRole('tab', { name: 'Access review' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('list', { name: 'Findings' }).getByRole('listitem').first().textContent()).resolves.toMatch(
      /^UrgentVendor access past its due date/,
    );
    await screenshot('access-review');
    await noSeriousViolations();
  });

  it('runs a full review: keep, change role, remove, resend, cancel', async () => {
    await expect(page.getByRole('radio', { name: /Full access review/ }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByText('0 of 6 reviewed').waitFor();
    await row('Daniel Cohen').getByRole('button', { name: 'Keep Daniel Cohen' }).click();
    await row('Sam Ortiz').getByRole('button', { name: 'Keep Sam Ortiz' }).click();
    await row('Lena Park')
      .getByRole('button', { name: /^Change role/ })
      .click();
    await page.getByRole('dialog').getByText('Blog Editor', { exact: true }).click();
    await page
      .getByRole('dialog')
      .getByRole('textbox', { name: /Reason/ })
      .fill('Only edits the blog now');
    await screenshot('access-review-decision');
    await noSeriousViolations();
    await page.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
    await decide('POWR Support', /^Remove/, 'Support ticket closed in June', 'Remove from site');
    await decide('alex@ledgerlane.co', /^Resend/, '', 'Resend invite');
    await decide('jordan.lens@gmail.com', /^Cancel/, 'Product photos were done in-house', 'Cancel invite');
    await page.getByText('6 of 6 reviewed').waitFor({ timeout: 20_000 });
    await screenshot('access-review-in-progress');
    await noSeriousViolations();
  });

  it('completes the review with a summary, a reminder task and a CSV export', async () => {
    await page.getByRole('button', { name: 'Complete review' }).click();
    await page.getByText('Review summary').waitFor();
    const state = (await (await fetch(new URL('_emulator/state', local.emulatorUrl))).json()) as {
      contributors: { email: string; policyIds: string[] }[];
      tasks: { title: string }[];
      collections: Record<string, { data: { completedAt?: unknown } }[]>;
    };
    expect(state.contributors.map((p) => p.email)).not.toContain('support@powr.io');
    expect(state.contributors.find((p) => p.email === 'lena@parkstudio.design')?.policyIds).toEqual(['role-blog-editor']);
    expect(state.tasks.map((t) => t.title)).toEqual(['Site Access: Pending invites check due']);
    expect(state.collections[COLLECTIONS.reviews]?.[0]?.data.completedAt).toBeTruthy();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).first().click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('Person,Lena Park,lena@parkstudio.design,Website Designer,Role changed,Blog Editor,Only edits the blog now');
    await screenshot('access-review-summary');
    await noSeriousViolations();
  });
});
