import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

const SHEET = [
  'Email,Role,Notes',
  'ana@studio.example,Blog Writer,"Spring posts, summer posts"',
  'ben@studio.example,Website Manager,Runs the shop pages',
  'carl@studio.example,Contributor,Custom role',
  'lena@parkstudio.design,Blog Writer,Already here',
  'ana@studio.example,Blog Writer,Twice',
  'dana@studio.example,Store Manager,"=HYPERLINK(""http://evil.example"")"',
].join('\n');

describe('Handoff & team in Chromium', () => {
  let app: LocalPage;
  let page: Page;

  /** The page scrolls inside WDS's Page (100vh), so screenshots use a tall window and start at the top. */
  const shoot = async (name: string) => {
    await page.mouse.move(0, 0);
    await page.locator('[data-hook="page-scrollable-content"]').evaluate((el) => el.scrollTo(0, 0));
    // Toasts belong to the Wix dashboard (the local shell stands in for it): dismiss them first.
    const toasts = page.locator('[aria-live="polite"] button');
    for (const close of await toasts.all()) await close.evaluate((button: HTMLElement) => button.click());
    await expect.poll(() => toasts.count()).toBe(0);
    await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
    expect(await axeProblems(page)).toEqual([]);
  };
  const tick = async (label: string) => {
    await page.getByText(label, { exact: true }).click();
    await page.getByRole('checkbox', { name: label, checked: true }).waitFor({ state: 'attached' });
    await page.getByRole('checkbox', { name: label, disabled: false }).waitFor({ state: 'attached' });
  };
  const confirmDialog = async (button: string) => {
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: button }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: { width: 1360, height: 1600 }, connected: true });
    page = app.page;
    await page.goto(app.local.dashboardUrl);
    await page.getByRole('tab', { name: 'Handoff & team' }).click({ timeout: 120_000 });
  });
  afterAll(() => app?.close());

  it('runs a handoff: checklist saved step by step, transfer reminder, finished summary', async () => {
    await page.getByRole('button', { name: 'Start a handoff' }).click();
    await page.getByLabel("New owner's email").fill('jane@roefloral.example');
    await page.getByLabel("New owner's name").fill('Jane Roe');
    await page.getByLabel('Handed over by (previous owner or agency)').fill('Pixel Garden Agency');
    await page.getByText('Premium plan and billing').click();
    await page.getByText('Domain ownership').click();
    await shoot('handoff-new');
    await page.getByRole('button', { name: 'Start the checklist' }).click();
    await page.getByText('0 of 15 done').waitFor();
    for (const label of [
      'The new owner has a Wix account and can read email at their address',
      'You are signed in to Wix as the current owner',
      'You agreed with the new owner what transfers',
    ]) {
      await tick(label);
    }
    await page.getByRole('button', { name: 'I started the transfer: remind me' }).click();
    await page.getByText(/Reminder in Tasks & Reminders for/).waitFor();
    await tick('The new owner accepted the transfer');
    await tick('Verify you can open the site dashboard');
    await page.mouse.move(0, 0);
    await shoot('handoff-checklist');

    for (const label of [
      'Check billing is correct and update the payment method if needed',
      'Check the domain now shows in your Wix account',
      'Review everyone who has access to the site',
      'Change passwords and turn on two-factor sign-in',
      'Verify your own role (Admin, or removed)',
      'Confirm billing to you has stopped',
      'Update your internal documentation',
      'Archive the site credentials',
    ])
      await tick(label);
    await page.getByRole('button', { name: 'The agency keeps no role' }).click();
    await page.getByText('15 of 15 done').waitFor();
    await page.getByRole('button', { name: 'Finish handoff' }).click();
    await page.getByRole('button', { name: 'Show the printable summary' }).click();
    const summary = page.getByRole('heading', { name: 'Site handoff summary' }).first();
    await summary.waitFor();
    await shoot('handoff-finished');
    await page.locator('[data-hook="handoff-summary"]').screenshot({ path: 'docs/screenshots/handoff-summary.png' });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'docs/screenshots/handoff-print.png', fullPage: true });
    expect(await page.getByText('Handoff & team').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  it('invites people from a CSV file: checked rows, one call per role, results and the welcome message', async () => {
    await page.getByRole('tab', { name: 'Bulk invites' }).click();
    await page.getByLabel('CSV file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${SHEET}`) });
    await page.getByText('6 rows checked: 2 ready, 4 rows with problems').waitFor();
    await shoot('bulk-invites-preview');
    await page.getByRole('button', { name: 'Send 2 invites' }).click();
    await confirmDialog('Send invites');
    await page.getByText('2 invites sent, 0 failed', { exact: true }).waitFor();
    await page.getByLabel('Site name').fill('Bloom & Branch Flowers');
    await shoot('bulk-invites-results');
    const state = (await (await fetch(new URL('_emulator/state', app.local.emulatorUrl))).json()) as { invites: { email: string }[] };
    expect(state.invites.map((i) => i.email)).toEqual(expect.arrayContaining(['ana@studio.example', 'ben@studio.example']));
  });

  it('removes several people one by one and verifies with Wix', async () => {
    await page.getByRole('tab', { name: 'Bulk removal' }).click();
    await page.getByText('Sam Ortiz (sam.ortiz.writes@gmail.com)').click();
    await page.getByText('POWR Support (support@powr.io)').click();
    await page.getByLabel(/Reason/).fill('Blog paused; POWR ticket closed months ago');
    await shoot('bulk-removal');
    await page.getByRole('button', { name: 'Remove 2 people' }).click();
    await confirmDialog('Remove access');
    await page.getByText('2 of 2 removed', { exact: true }).waitFor();
    await shoot('bulk-removal-results');
  });

  it('shows the welcome message section', async () => {
    await page.getByRole('tab', { name: 'Welcome message' }).click();
    await page.getByLabel('Your message').waitFor();
    await shoot('welcome-message');
  });
});
