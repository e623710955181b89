/** Timing the benchmark pages in headless Chromium: when a page is ready, and Keep clicks. */
import type { Browser } from 'playwright-core';

const CLICKS = 10;

export const BARE_READY = `document.body !== null && document.body.textContent.includes('Bare page ready')`;
/** The checklist is interactive: a row's decision button is there (on the stress site page 1 is expired invites: Resend, Cancel). */
export const APP_READY = `document.querySelector('button[aria-label^="Keep "], button[aria-label^="Resend the invite to "]') !== null`;
export const FLOOR_READY = `document.body !== null && document.body.textContent.includes('Floor page ready')`;
export const WDS_SCREEN_READY = `document.body !== null && document.body.textContent.includes('WDS screen ready')`;
export const BARE_READS_READY = `document.body !== null && document.body.textContent.includes('Bare page and reads ready')`;

const READY_MESSAGE = '__site_access_bench_ready';

/**
 * Records `window.__readyAt` (ms since navigation start) the moment the predicate holds, and says so
 * on the console: waiting for that message puts none of Playwright's own scripts into the page
 * while it loads (polling with waitForFunction would, and would compete with the page for the CPU).
 */
const readyScript = (predicate: string) => `
  (() => {
    const check = () => {
      if (window.__readyAt === undefined && (${predicate})) { window.__readyAt = performance.now(); console.debug(${JSON.stringify(READY_MESSAGE)}); }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  })();`;

/**
 * Opens the page and waits until `predicate` holds: when that was (ms since navigation start), the
 * main thread's CPU until then (Chromium's TaskDuration counter in thread time, so a busy machine
 * slows it less than the clock), and the requests sent to any of `origins` (the emulator, the backend).
 */
export async function openTime(browser: Browser, url: string, predicate: string, origins: string[] = []) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.addInitScript(readyScript(predicate));
  const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: 120_000 });
  await page.goto(url);
  await ready;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpu = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  const readyAt = await page.evaluate<number>('window.__readyAt');
  // The page's own resource timing: when each request left and when its answer was in (not local mode's sign-in).
  const requests = await page.evaluate<{ start: number; end: number }[]>(
    `performance.getEntriesByType('resource').filter((e) => ${JSON.stringify(origins)}.some((o) => e.name.startsWith(o)) && !e.name.includes('/_emulator/')).map((e) => ({ start: e.startTime, end: e.responseEnd }))`,
  );
  return { page, readyAt, cpu, requests };
}

/** Runs in the page; a string, so the bundler's helpers (tsx adds `__name`) stay out of it. */
const KEEP_CLICK = `(async () => {
  const button = document.querySelector('button[aria-label^="Keep "]');
  const row = button && button.closest('tr');
  if (!button || !row) return null;
  const done = () => (row.textContent || '').includes('Kept');
  const t0 = performance.now();
  button.click();
  await new Promise((resolveDone, fail) => {
    if (done()) return resolveDone();
    const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); resolveDone(); } });
    observer.observe(row, { subtree: true, childList: true, characterData: true });
    setTimeout(() => { observer.disconnect(); fail(new Error('The row did not say "Kept" within 20 s of the click')); }, 20000);
  });
  const dom = performance.now() - t0;
  await new Promise((next) => requestAnimationFrame(() => setTimeout(next, 0)));
  return { dom, frame: performance.now() - t0 };
})()`;

/** Clicks Keep on the first undecided rows (up to CLICKS); time until the row says "Kept" and until the next frame. */
export async function keepClicks(page: Awaited<ReturnType<typeof openTime>>['page']) {
  const results: { dom: number; frame: number }[] = [];
  for (let i = 0; i < CLICKS; i++) {
    // Every click, the first too, comes after the page has painted what is clicked: a person cannot
    // click a button before it is on screen, and the first paint of the checklist is part of the open time.
    await page.waitForTimeout(300);
    const click = await page.evaluate<{ dom: number; frame: number } | null>(KEEP_CLICK);
    if (!click) break; // every row that takes a one-click Keep is decided (the demo site has a few)
    results.push(click);
  }
  return results;
}
