import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl } from '../support/emulator';
import { cardOverflows } from './browser';
import { axeProblems, openLocalPage, type LocalPage } from './local-page';

const SHOTS = 'docs/screenshots';
const noSeriousViolations = async (page: Page) => expect(await axeProblems(page)).toEqual([]);

/** The same screen at 1280×900 and 1024×768, each checked with axe and for content sticking out of its card. */
async function shoot(page: Page, name: string) {
  for (const { width, height } of [
    { width: 1024, height: 768 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
    await noSeriousViolations(page);
    expect(await cardOverflows(page)).toEqual([]);
  }
}

async function signInAs(page: Page, option: string, wait: string) {
  await page.getByLabel('Signed in as').selectOption({ label: option });
  await page.getByText(wait).first().waitFor({ timeout: 60_000 });
}

/** The access-request story in Chromium: the blog writer asks, the owner approves and invites in Wix, the person joins. */
describe('access requests in Chromium', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('demo', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('request as the blog writer → approve as the owner → guided invite → the person appears → the request shows its pass', async () => {
    const { page, local } = app;
    const control = emulatorControl(local.emulatorUrl);
    await page.goto(local.dashboardUrl);
    await page.getByText('Signed in as the site owner').waitFor({ timeout: 120_000 });

    await signInAs(page, 'Sam Ortiz · sam.ortiz.writes@gmail.com', 'This page is read-only for you');
    const until = new Date(Date.parse((await control.state()).now) + 14 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Email of the person who needs access').fill('nina@bloomandbranch.com');
    await page.getByRole('combobox', { name: 'Role requested' }).click();
    await page.getByRole('option', { name: 'Blog Editor' }).click();
    await page.getByLabel('Why is it needed?').fill('Edits and publishes the spring campaign posts');
    await page.getByText('Until a date').click();
    await page.locator('input[type="date"]').fill(until);
    await page.getByLabel('Department or notes').fill('Marketing');
    await shoot(page, 'access-request-form');
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText('Blog Editor for nina@bloomandbranch.com').waitFor({ timeout: 60_000 });
    await page.getByText('Waiting for the site owner or a co-owner to decide.').waitFor();

    await signInAs(page, 'Maya Levin · maya@bloomandbranch.com', 'Signed in as the site owner');
    await page.getByRole('tab', { name: 'Requests (1)' }).click({ timeout: 60_000 });
    await page.getByText('Waiting for approval (1)').waitFor({ timeout: 60_000 });
    await page.getByLabel('Reason for nina@bloomandbranch.com').fill('Spring campaign');
    await shoot(page, 'access-requests-waiting');
    await page.getByRole('button', { name: 'Approve nina@bloomandbranch.com' }).click();
    await page.getByText('Now invite nina@bloomandbranch.com in Roles & Permissions').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${SHOTS}/access-request-approved.png`, fullPage: true });
    await noSeriousViolations(page);
    expect((await control.state()).invites.some((i) => i.email === 'nina@bloomandbranch.com')).toBe(false);

    // The owner sends the invite in the local stand-in for Wix's Roles & Permissions, then says so.
    await page.getByRole('button', { name: 'Open Roles & Permissions' }).click();
    await page.getByLabel('Invite by email').fill('nina@bloomandbranch.com');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Blog Editor' });
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText('Invite sent to nina@bloomandbranch.com.').waitFor();
    await page.getByRole('button', { name: 'Back to Site Access' }).click();
    await page.getByRole('tab', { name: 'Requests' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Send invite… to nina@bloomandbranch.com' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'I sent the invite' }).click();
    await page.getByText('Support pass until', { exact: false }).first().waitFor({ timeout: 60_000 });

    const invite = (await control.state()).invites.find((i) => i.email === 'nina@bloomandbranch.com');
    await control.accept(invite?.id ?? '');
    await page.reload();
    await page.getByRole('tab', { name: 'Requests' }).click({ timeout: 120_000 });
    await page.getByText(/Support pass until .*: .* joined/).waitFor({ timeout: 60_000 });
    await shoot(page, 'access-requests-decided');
    const log =
      (await control.state()).collections['@site-access/app/access-log']?.map(
        (e) => `${String(e.data.action)} by ${String(e.data.actor)}`,
      ) ?? [];
    expect(log).toEqual(
      expect.arrayContaining([
        'access-requested by Sam Ortiz',
        'request-approved by The site owner',
        'request-provisioned by The site owner',
      ]),
    );

    await signInAs(page, 'Sam Ortiz · sam.ortiz.writes@gmail.com', 'This page is read-only for you');
    await page.getByText(/Approved by The site owner: access until/).waitFor({ timeout: 60_000 });
    // A tall window, so the whole read-only page (form and My requests) shows in one picture.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: `${SHOTS}/access-request-outcome.png` });
    await noSeriousViolations(page);
  });
});
