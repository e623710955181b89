/**
 * Benchmark of the access review page (`npx tsx scripts/bench-review.ts`). Builds a bare WDS page
 * (provider + Page + one Card) and the app page with the same Vite build, runs the emulator with
 * the stress seed (1,000 contributors + 500 invites) and the demo seed, and measures in headless
 * Chromium: page open → checklist interactive (a Keep button in the DOM), the requests sent on open,
 * and how long a Keep click takes to show on screen. Also measures two floors, each built on its own:
 * the five opening reads through the SDK with no interface at all (`bench/reads.html`), and the bare
 * page that also makes those reads, with no review interface (`bench/bare-reads.html`). Then, without
 * a browser: the body Wix receives per review decision at 1 / 1,500 / 7,500 rows, the requests on open
 * at 5,000 contributors + 2,500 invite records, and the initial JS (gzip) of the app page against the
 * bare page (and of the dashboard page of the last `npm run build`). Prints the figures; asserts nothing.
 */
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import type { SeedName } from '../emulator/seeds.js';
import { startEmulator } from '../emulator/server.js';
import { startReview } from '../src/operations/reviews.js';
import { backendApi } from '../src/backend/backend-api.js';
import { startBackendHost } from '../src/backend/local/backend-host.js';
import { emulatorSite, localPlatform, withCaller } from '../src/backend/local/local-platform.js';
import { createEmulatorClient, tokenAuth } from '../src/wix/client.js';
import { createGateway } from '../src/wix/gateway.js';
import { launchChromium } from '../test/e2e/browser.js';
import { APP_READY, BARE_READS_READY, BARE_READY, keepClicks, openTime, READS_READY } from './bench/browser-timing.js';
import { printFigures } from './bench/print-figures.js';
import { serveStatic } from './bench/static-server.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** `BENCH_SEEDS=demo` measures one seed only. */
const SEEDS = (process.env.BENCH_SEEDS ?? 'stress,demo').split(',') as ('stress' | 'demo')[];
const outDir = resolve('/tmp', `site-access-bench-${process.pid}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function measure(seed: SeedName, browser: Browser, site: { url: string }) {
  const emulator = await startEmulator({ seed });
  const backendPlatform = localPlatform(emulatorSite(emulator));
  const host = await startBackendHost((token) => withCaller(backendPlatform, emulator.url, token));
  const gateway = createGateway(
    createEmulatorClient(emulator.url, tokenAuth(emulator.store.pageToken(emulator.store.state.ownerAccountId))),
    backendApi(localPlatform(emulatorSite(emulator))),
  );
  const bare: number[] = [];
  const app: number[] = [];
  const reads: number[] = [];
  const bareReads: number[] = [];
  const clicks: { dom: number; frame: number }[] = [];
  const firstRequest: number[] = [];
  const lastAnswer: number[] = [];
  const counts: number[] = [];
  const spreads: number[] = [];
  let beforeFirstAnswer = 0;
  for (let run = 0; run < RUNS; run++) {
    const b = await openTime(browser, `${site.url}bare.html`, BARE_READY);
    bare.push(b.readyAt);
    await b.page.close();
    emulator.store.reset(seed);
    await startReview({ gateway, clock: () => emulator.store.now(), actor: 'Benchmark' }, 'full-quarterly');
    const floor = await openTime(browser, `${site.url}reads/reads.html?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}`, READS_READY);
    reads.push(floor.readyAt);
    await floor.page.close();
    const floor2 = await openTime(browser, `${site.url}bare-reads/bare-reads.html?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}`, BARE_READS_READY);
    bareReads.push(floor2.readyAt);
    await floor2.page.close();
    const a = await openTime(browser, `${site.url}app.html?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}`, APP_READY, emulator.url);
    app.push(a.readyAt);
    const firstEnd = Math.min(...a.requests.map((r) => r.end));
    firstRequest.push(Math.min(...a.requests.map((r) => r.start)));
    lastAnswer.push(Math.max(...a.requests.map((r) => r.end)));
    const starts = a.requests.map((r) => r.start);
    counts.push(a.requests.length);
    spreads.push(Math.max(...starts) - Math.min(...starts));
    if (starts.every((start) => start < firstEnd)) beforeFirstAnswer += 1;
    if (run === RUNS - 1) clicks.push(...(await keepClicks(a.page)));
    await a.page.close();
  }
  await host.close();
  await emulator.close();
  return {
    seed, bare: median(bare), app: median(app), ratio: median(app) / median(bare), reads: median(reads), bareReads: median(bareReads), clicks,
    wave: { counts: [...new Set(counts)], spread: median(spreads), beforeFirstAnswer },
    firstRequest: median(firstRequest), lastAnswer: median(lastAnswer),
  };
}

async function main() {
  console.log('Building the bare page and the app page with the same Vite build…');
  const started = Date.now();
  const buildPages = (pages: string[], into: string) =>
    build({
      configFile: false, root: resolve(import.meta.dirname, 'bench'), base: './', logLevel: 'warn', mode: 'production',
      esbuild: { jsx: 'automatic' }, define: { global: 'globalThis' },
      build: {
        outDir: into, emptyOutDir: true, target: 'es2022',
        rollupOptions: { input: Object.fromEntries(pages.map((page) => [page, resolve(import.meta.dirname, `bench/${page}.html`)])) },
      },
    });
  await buildPages(['bare', 'app'], outDir);
  // Each on its own, so that sharing chunks with them does not change how the app page is split.
  await buildPages(['reads'], resolve(outDir, 'reads'));
  await buildPages(['bare-reads'], resolve(outDir, 'bare-reads'));
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s. Measuring in headless Chromium, ${RUNS} runs per page…`);
  const site = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    for (const seed of SEEDS) {
      const r = await measure(seed, browser, site);
      const goal = seed === 'stress' ? 2 : 1.3;
      const dom = r.clicks.map((c) => c.dom);
      const frame = r.clicks.map((c) => c.frame);
      console.log(`\n${seed} seed`);
      console.log(`  bare WDS page ready (median):        ${ms(r.bare)}`);
      console.log(`  app checklist interactive (median):  ${ms(r.app)}`);
      console.log(`  ratio app / bare:                    ${r.ratio.toFixed(2)}× (goal ≤ ${goal}×: ${r.ratio <= goal ? 'met' : 'NOT met'})`);
      console.log(`  floor: the five reads alone, no UI:  ${ms(r.reads)} (${(r.reads / r.bare).toFixed(2)}× the bare page; the goal leaves the interface ${ms(goal * r.bare - r.reads)})`);
      console.log(`  floor: bare page + the five reads:   ${ms(r.bareReads)} (${(r.bareReads / r.bare).toFixed(2)}× the bare page, no review interface; the goal leaves the review ${ms(goal * r.bare - r.bareReads)})`);
      console.log(`  app: first Wix request sent at:      ${ms(r.firstRequest)} (the bundle is loaded and running)`);
      console.log(`  app: last Wix answer in at:          ${ms(r.lastAnswer)} (then the checklist is built and drawn)`);
      console.log(`  Wix requests on open:                ${r.wave.counts.join(' or ')}, started together (median spread ${ms(r.wave.spread)}; all before the first answer in ${r.wave.beforeFirstAnswer} of ${RUNS} runs)`);
      console.log(`  Keep click → row shows "Kept":       median ${ms(median(dom))}, max ${ms(Math.max(...dom))}`);
      console.log(`  Keep click → next frame painted:     median ${ms(median(frame))}, max ${ms(Math.max(...frame))} (goal ≤ 50 ms; in click order: ${frame.map((f) => f.toFixed(0)).join(', ')})`);
    }
  } finally {
    await browser.close();
    await site.close();
  }
  await printFigures(outDir);
}

await main();

