import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { SeedName } from '../../emulator/seeds';
import { startLocalMode } from '../../scripts/local-mode';
import { httpBackend } from '../../src/local/http-backend';
import { emulatorControl } from '../support/emulator';
import { DOCUMENTED_ROLE_IDS } from '../../src/access/people';
import { createEmulatorBackendClient } from '../../src/wix/backend-client';
import { tokenAuth } from '../../src/wix/client';
import { COLLECTIONS } from '../../src/wix/collections';
import { launchChromium, seriousAxeViolations } from './browser';

export interface LocalPage {
  /** Local mode: the dashboard page (Vite) and the Wix emulator. */
  local: Awaited<ReturnType<typeof startLocalMode>>;
  page: Page;
  close(): Promise<void>;
}

/** Starts local mode with a seed and opens a Chromium page for it (the page is not navigated yet). */
export async function openLocalPage(
  seed: SeedName,
  options: BrowserContextOptions & { clipboard?: boolean; connected?: boolean } = {},
): Promise<LocalPage> {
  const { clipboard, connected, ...contextOptions } = options;
  const local = await startLocalMode({ seed });
  const key = connected ? await connectKey(local) : null;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext(contextOptions);
    // The owner's browser keeps the key (never the site): put it where the page's key holder reads it.
    if (key) await context.addInitScript(([name, value]) => window.localStorage.setItem(name, value), key);
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: local.dashboardUrl });
    const page = await context.newPage();
    const opened = browser;
    return {
      local,
      page,
      close: async () => {
        await opened.close();
        await local.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await local.close();
    throw error;
  }
}

/** The page's serious and critical axe-core violations, one readable line each (an empty list passes). */
export async function axeProblems(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Connected mode, as the owner would set it up in Settings: an account API key made at the emulator
 * (Wix's API Keys Manager), checked by the app's backend with the owner's page token, and kept in the
 * owner's browser (answers the storage name and the key). The owner also named the site's roles (under
 * Wix's strictest reading Get Roles Info refuses a call without the owner's account id).
 */
async function connectKey(local: LocalPage['local']): Promise<[string, string]> {
  const control = emulatorControl(local.emulatorUrl);
  const [{ key }, session] = await Promise.all([control.createApiKey(), control.currentSession()]);
  const backend = httpBackend(local.backendUrl, () => session.pageToken);
  const answer = await backend.connectApiKey(key);
  if (!answer.ok || !answer.value.connected) throw new Error(`the local backend did not take the key: ${JSON.stringify(answer)}`);
  await nameRoles(local);
  return [`site-access.account-api-key.${session.accountId}`, key];
}

/**
 * The owner named the site's roles earlier (Wix documents only the Owner's and Co-Owner's role ids): the records
 * the nameRole command keeps, written as the app (its log lines are not part of these tests).
 */
export async function nameRoles(local: LocalPage['local']): Promise<void> {
  const asApp = createEmulatorBackendClient(local.emulatorUrl, tokenAuth(local.emulator.store.appToken()));
  const named = local.emulator.store.state.roles.filter((role) => !(role.id in DOCUMENTED_ROLE_IDS));
  await asApp.items.bulkInsert(
    COLLECTIONS.roleNames,
    named.map((role) => ({ _id: role.id, title: role.title, namedBy: 'Maya Levin' })),
  );
}
