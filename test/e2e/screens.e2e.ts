import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOverflows } from './browser';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

const WDS_OWN = [/<SectionHelper\/> - prop "appearance"/, /<Popover\/> - theme prop/, /<Notification\/> - theme prop/];
const SIZES = [
  { width: 1280, height: 900 },
  { width: 1024, height: 768 },
] as const;
const SHEET = [
  'Email,Role,Notes',
  'ana.long-surname-for-testing@studio-with-a-long-domain.example,Blog Writer,"Spring posts, summer posts, and the autumn newsletter archive"',
  'ben@studio.example,Website Manager,Runs the shop pages',
  'carl@studio.example,Contributor,Custom role',
].join('\n');

/**
 * Every tab and the main changed states at 1280×900 and 1024×768: a screenshot of each
 * (docs/screenshots/<screen>-<width>.png), no serious or critical axe finding, nothing sticking out of
 * its WDS Card, and no WDS deprecation warning in the console.
 */
describe('every screen at 1280 and 1024 px in Chromium', () => {
  let app: LocalPage;
  let page: Page;
  const problems: string[] = [];
  const warnings: string[] = [];

  /** Checks the screen at both sizes and takes its screenshots (a tall window, so the whole page shows). */
  const capture = async (screen: string) => {
    await page.mouse.move(0, 0);
    const toasts = page.locator('[aria-live="polite"] button');
    for (const close of await toasts.all()) await close.evaluate((button: HTMLElement) => button.click());
    for (const size of SIZES) {
      await page.setViewportSize(size);
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      for (const problem of await cardOverflows(page)) problems.push(`${screen} at ${size.width}: overflow: ${problem}`);
      for (const problem of await axeProblems(page)) problems.push(`${screen} at ${size.width}: axe: ${problem}`);
      const scroller = page.locator('[data-hook="page-scrollable-content"]');
      await scroller.evaluate((el) => el.scrollTo(0, 0));
      const tall = await scroller.evaluate((el) => el.scrollHeight - el.clientHeight);
      await page.setViewportSize({ width: size.width, height: Math.min(size.height + tall, 6000) });
      await page.screenshot({ path: `docs/screenshots/${screen}-${size.width}.png` });
    }
    await page.setViewportSize(SIZES[0]);
  };
  const openTab = async (name: string, ready: () => Promise<void>) => {
    await page.getByRole('tab', { name, exact: true }).click();
    await ready();
  };
  const expectClean = () => {
    const found = problems.splice(0);
    expect(found).toEqual([]);
  };

  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: SIZES[0], clipboard: true });
    page = app.page;
    page.on('console', (message) => {
      // WDS 1.328 logs these from its own defaults (SectionHelper's `appearance`, Popover's `theme` inside Tooltip,
      // Notification's default `theme` even when `skin` is given), whatever the app passes.
      if (/deprecat/i.test(message.text()) && !WDS_OWN.some((own) => own.test(message.text()))) warnings.push(message.text().slice(0, 300));
    });
    await page.goto(app.local.dashboardUrl);
    await page.getByRole('row', { name: /POWR Support/ }).waitFor({ timeout: 120_000 });
  });
  afterAll(() => app?.close());

  it('shows every tab', async () => {
    await capture('access-review');
    await openTab('Support access', () => page.getByText('Support passes', { exact: true }).first().waitFor());
    await capture('support-access');
    await openTab('Offboarding', () => page.getByRole('button', { name: 'Offboard POWR Support' }).waitFor());
    await capture('offboarding');
    await openTab('Handoff & team', () => page.getByRole('button', { name: 'Start a handoff' }).waitFor());
    await capture('handoff-and-team');
    await openTab('Access log', () => page.getByRole('heading', { name: 'Access log' }).waitFor());
    await capture('access-log');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Account API key (optional)' }).waitFor();
    await capture('settings');
    expectClean();
  });

  it('shows a review in progress with decisions made', async () => {
    await openTab('Access review', () => page.getByRole('button', { name: 'Start review' }).waitFor());
    await page.getByRole('button', { name: 'Start review' }).click();
    await page.getByText(/of \d+ reviewed/).waitFor();
    await page.getByRole('button', { name: 'Keep Daniel Cohen' }).click();
    await page.getByText('Kept', { exact: true }).first().waitFor();
    await capture('access-review-in-progress');
    expectClean();
  });

  it('shows the offboarding document step', async () => {
    await openTab('Offboarding', () => page.getByRole('button', { name: 'Offboard POWR Support' }).waitFor());
    await page.getByRole('button', { name: 'Offboard POWR Support' }).click();
    await page.getByLabel('Reason for removal').fill('Support ticket #4411 is closed, and the widget was removed from the site');
    await page.getByRole('button', { name: 'Continue to removal' }).click();
    await page.getByRole('button', { name: 'Remove POWR Support' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByRole('button', { name: 'Continue to verification' }).click();
    await page.getByText('POWR Support is gone').waitFor();
    await page.getByRole('button', { name: 'Continue to documentation' }).click();
    await page.getByRole('button', { name: 'Copy message' }).waitFor();
    await capture('offboarding-document');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.getByRole('row', { name: /POWR Support/ }).waitFor();
    await capture('offboarding-list');
    await openTab('Access log', () =>
      page
        .getByRole('row', { name: /Access removed/ })
        .first()
        .waitFor(),
    );
    await capture('access-log-entries');
    expectClean();
  });

  it('shows a handoff checklist and the bulk invite list', async () => {
    await openTab('Handoff & team', () => page.getByRole('button', { name: 'Start a handoff' }).waitFor());
    await page.getByRole('button', { name: 'Start a handoff' }).click();
    await page.getByLabel("New owner's email").fill('jane.roe-anderson@roe-floral-design-studio.example');
    await page.getByLabel("New owner's name").fill('Jane Roe');
    await page.getByLabel('Handed over by (previous owner or agency)').fill('Pixel Garden Agency');
    await capture('handoff-new');
    await page.getByRole('button', { name: 'Start the checklist' }).click();
    await page.getByText(/0 of \d+ done/).waitFor();
    await capture('handoff-checklist');
    await page.getByRole('tab', { name: 'Bulk invites' }).click();
    await page.getByLabel('CSV file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await page.getByText(/3 rows checked/).waitFor();
    await capture('bulk-invites-preview');
    expectClean();
  });

  it('logs no WDS deprecation warning', () => {
    expect([...new Set(warnings)]).toEqual([]);
  });
});
