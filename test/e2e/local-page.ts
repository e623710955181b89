import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { SeedName } from '../../emulator/seeds';
import { startLocalMode } from '../../scripts/local-mode';
import { httpBackend } from '../../src/backend/http-backend';
import { emulatorControl } from '../support/emulator';
import { launchChromium, seriousAxeViolations } from './browser';

export interface LocalPage {
  /** Local mode: the dashboard page (Vite) and the Wix emulator. */
  local: Awaited<ReturnType<typeof startLocalMode>>;
  page: Page;
  close(): Promise<void>;
}

/** Starts local mode with a seed and opens a Chromium page for it (the page is not navigated yet). */
export async function openLocalPage(seed: SeedName, options: BrowserContextOptions & { clipboard?: boolean; connected?: boolean } = {}): Promise<LocalPage> {
  const { clipboard, connected, ...contextOptions } = options;
  const local = await startLocalMode({ seed });
  if (connected) await connectKey(local);
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const context = await browser.newContext(contextOptions);
    if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: local.dashboardUrl });
    const page = await context.newPage();
    const opened = browser;
    return { local, page, close: async () => { await opened.close(); await local.close(); } };
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
 * (Wix's API Keys Manager) and handed to the app's backend with the owner's page token.
 */
async function connectKey(local: LocalPage['local']): Promise<void> {
  const control = emulatorControl(local.emulatorUrl);
  const [{ key }, { pageToken }] = await Promise.all([control.createApiKey(), control.currentSession()]);
  const answer = await httpBackend(local.backendUrl, () => pageToken).connectApiKey(key);
  if (!answer.ok || !answer.value.connected) throw new Error(`the local backend did not take the key: ${JSON.stringify(answer)}`);
}
