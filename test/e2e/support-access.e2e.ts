import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorControl } from '../support/emulator';
import { axeProblems, nameRoles, openLocalPage, type LocalPage } from './local-page';

const noSeriousViolations = async (page: Page) => expect(await axeProblems(page)).toEqual([]);

/** Grants POWR a remind-only pass (the owner revokes it from the due banner; passes that end by themselves have their own test). */
async function grantPowr(page: Page, url: string, submit: string) {
  await page.goto(url);
  await page.getByRole('tab', { name: 'Support access' }).click();
  await page.getByRole('button', { name: 'Grant access to POWR' }).click({ timeout: 120_000 });
  await page.keyboard.type('#4711');
  await page.getByText('Remind me only').click();
  await page.getByRole('button', { name: submit, exact: true }).click();
}

/** The POWR story in Chromium without a key (guided, the default): the owner sends the invite in Wix. */
describe('support access in Chromium, guided', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('empty', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('saves the pass, guides the owner through Roles & Permissions, turns active when POWR joins, and revokes from the due banner', async () => {
    const { page, local } = app;
    const control = emulatorControl(local.emulatorUrl);
    await grantPowr(page, local.dashboardUrl, 'Save pass');
    await page.getByText('Now invite POWR in Roles & Permissions').waitFor();
    await page.screenshot({ path: 'docs/screenshots/support-guided-grant.png', fullPage: true });
    await noSeriousViolations(page);
    expect((await control.state()).invites).toHaveLength(0);

    // The local stand-in for Wix's Roles & Permissions page: the owner sends the invite there.
    await page.getByRole('button', { name: 'Open Roles & Permissions' }).click();
    await page.getByText('Roles & Permissions (local stand-in)').waitFor();
    await page.getByLabel('Invite by email').fill('support@powr.io');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Website Manager' });
    await page.getByRole('button', { name: 'Send invite' }).click();
    await page.getByText('Invite sent to support@powr.io.').waitFor();
    await page.screenshot({ path: 'docs/screenshots/local-roles-and-permissions.png' });
    await page.getByRole('button', { name: 'Back to Site Access' }).click();

    const [invite] = (await control.state()).invites;
    await control.accept(invite?.id ?? '');
    await page.reload();
    await page.getByRole('tab', { name: 'Support access' }).click();
    await page.getByText('Active', { exact: true }).waitFor({ timeout: 60_000 });

    await control.advanceDays(8);
    await page.reload();
    await page.getByText('Support access has ended').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Revoke support@powr.io' }).click();
    await page.getByRole('button', { name: 'Revoke access' }).click();
    await page.getByText('Support access has ended').waitFor({ state: 'detached' });
    const state = await control.state();
    expect(state.contributors.map((p) => p.email)).not.toContain('support@powr.io');
    expect(state.tasks[0]?.status).toBe('COMPLETED');
  });
});

/** Connected: the owner's account API key (Settings) lets the backend send the invite itself. */
describe('support access in Chromium, connected', () => {
  let app: LocalPage;
  beforeAll(async () => {
    app = await openLocalPage('empty', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(() => app?.close());

  it('connects a key in Settings, sends a remind-only invite in three clicks, and revokes in two once POWR joined', async () => {
    const { page, local } = app;
    const control = emulatorControl(local.emulatorUrl);
    await nameRoles(local);
    await page.goto(local.dashboardUrl);
    await page.getByRole('button', { name: 'Settings', exact: true }).click({ timeout: 120_000 });
    await page.getByText('Not connected · guided invites').waitFor();
    await page.screenshot({ path: 'docs/screenshots/settings.png' });
    await noSeriousViolations(page);
    const { key } = await control.createApiKey();
    await page.getByLabel('API key').fill(key);
    await page.getByRole('button', { name: 'Connect key' }).click();
    await page.getByText('Connected', { exact: true }).waitFor();
    await page.screenshot({ path: 'docs/screenshots/settings-connected.png' });

    await page.getByRole('tab', { name: 'Support access' }).click();
    let clicks = 0;
    for (const name of ['Grant access to POWR', 'Remind me only', 'Send invite']) {
      clicks += 1;
      if (name === 'Remind me only') await page.getByText(name).click();
      else await page.getByRole('button', { name, exact: true }).click();
      if (name === 'Grant access to POWR') await page.keyboard.type('#4711');
    }
    await page
      .getByText(/Invitation sent to support@powr.io as Website Manager for ticket #4711, until .*The site owner is reminded/)
      .waitFor();
    expect(clicks).toBeLessThanOrEqual(3);
    await page.screenshot({ path: 'docs/screenshots/support-granted.png', fullPage: true });
    await noSeriousViolations(page);

    const [invite] = (await control.state()).invites;
    expect(invite).toMatchObject({ email: 'support@powr.io', status: 'Pending' });
    await control.accept(invite?.id ?? '');
    await control.advanceDays(8);
    await page.reload();
    await page.getByText('Support access has ended').waitFor({ timeout: 60_000 });
    await page.screenshot({ path: 'docs/screenshots/support-due-banner.png' });
    await page.getByRole('button', { name: 'Revoke support@powr.io' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'Revoke access' }).click();
    await page.getByText('Support access has ended').waitFor({ state: 'detached' });
    expect((await control.state()).contributors.map((p) => p.email)).not.toContain('support@powr.io');
  });
});
