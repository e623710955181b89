/**
 * The benchmark of issue #15 (`npx tsx scripts/bench-review.ts`): prints every figure of the table
 * in one run. Builds the bare WDS page (provider + Page + one Card), the floor page (the bare page that also
 * sends the app's opening requests through a Wix SDK client with no API module and takes the answers as
 * JSON), the bare page with the app's own data layer, the floor with the Wix look (the floor's requests and
 * the opening screen's WDS components with fixed text, `wds-screen-main.tsx`), and the app's dashboard page,
 * all with the same Vite build; runs the emulator with the demo and the stress seed (1,000 contributors + 500 invites) and opens
 * the pages in headless Chromium one after another, run after run, comparing each run's pages pair by pair:
 * main-thread CPU (Chromium's TaskDuration in thread time) and wall time until the checklist is interactive,
 * the requests sent on open, how long a Keep click takes to show. Then, without a browser: the access log at
 * 1,000 / 10,000 / 50,000 entries (`bench-access-log.ts`), the body Wix receives per review decision, the
 * requests on open at 7,500 records, the initial JS, and the wall time of `npm test`. Asserts nothing.
 *
 *   BENCH_RUNS=9 (pairs per seed)  BENCH_SEEDS=demo,stress  BENCH_NPM_TEST=0 (skip timing npm test)
 *   BENCH_ONLY=open (only the open-time figures)
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { SeedName } from '../emulator/seeds.js';
import { startEmulator } from '../emulator/server.js';
import { startReview } from '../src/operations/reviews.js';
import { inProcessBackend } from '../src/backend/local/in-process-backend.js';
import { startBackendHost } from '../src/backend/local/backend-host.js';
import { emulatorSite, localPlatform, withCaller } from '../src/backend/local/local-platform.js';
import { createEmulatorClient, tokenAuth } from '../src/wix/client.js';
import { createGateway } from '../src/wix/gateway.js';
import { launchChromium } from '../test/e2e/browser.js';
import { APP_READY, BARE_READS_READY, BARE_READY, FLOOR_READY, keepClicks, openTime, WDS_SCREEN_READY } from './bench/browser-timing.js';
import { printFigures } from './bench/print-figures.js';
import { serveStatic } from './bench/static-server.js';
import { buildPages } from './bench/build-pages.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SEEDS = (process.env.BENCH_SEEDS ?? 'demo,stress').split(',') as ('stress' | 'demo')[];
/** The goals for the app's CPU over the bare page's. */
const CPU_GOAL = { demo: 1.6, stress: 1.8 };
/** The rows on the checklist's first page when the app opens: the demo site's seven, a full page of 25 on the stress site. */
const SCREEN_ROWS: Partial<Record<SeedName, number>> = { demo: 7, stress: 25 };
const outDir = resolve('/tmp', `site-access-bench-${process.pid}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;

interface Pair {
  bare: number;
  other: number;
}
/** A page's figures against the bare page opened in the same run: medians of both, and the median of the runs' ratios. */
const against = (pairs: Pair[]) => ({
  bare: median(pairs.map((p) => p.bare)),
  page: median(pairs.map((p) => p.other)),
  ratio: median(pairs.map((p) => p.other / p.bare)),
});

async function measure(seed: SeedName, browser: Browser, site: { url: string }) {
  const emulator = await startEmulator({ seed });
  const backendPlatform = localPlatform(emulatorSite(emulator));
  const host = await startBackendHost((token) => withCaller(backendPlatform, emulator.url, token));
  for (const service of [emulator, host]) service.allowOrigin(new URL(site.url).origin);
  const gateway = createGateway(
    createEmulatorClient(emulator.url, tokenAuth(emulator.store.pageToken(emulator.store.state.ownerAccountId))),
    inProcessBackend(localPlatform(emulatorSite(emulator))),
  );
  const query = `?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}`;
  const cpu = { floor: [] as Pair[], dataLayer: [] as Pair[], screen: [] as Pair[], app: [] as Pair[] };
  const wall = { floor: [] as Pair[], dataLayer: [] as Pair[], screen: [] as Pair[], app: [] as Pair[] };
  const counts: number[] = [];
  let oneWave = 0;
  let clicks: { dom: number; frame: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    emulator.store.reset(seed);
    await startReview({ gateway, clock: () => emulator.store.now(), actor: 'Benchmark' }, 'full-quarterly');
    // The pages of one run, one after another; every page is compared with this run's bare page.
    const b = await openTime(browser, `${site.url}bare.html`, BARE_READY);
    await b.page.close();
    const floor = await openTime(browser, `${site.url}floor/floor.html${query}`, FLOOR_READY);
    await floor.page.close();
    const dataLayer = await openTime(browser, `${site.url}bare-reads/bare-reads.html${query}`, BARE_READS_READY);
    await dataLayer.page.close();
    const screen = await openTime(
      browser,
      `${site.url}wds-screen/wds-screen.html${query}&rows=${SCREEN_ROWS[seed] ?? 7}`,
      WDS_SCREEN_READY,
    );
    await screen.page.close();
    const a = await openTime(browser, `${site.url}app.html${query}`, APP_READY, [emulator.url, host.url]);
    for (const [key, page] of [
      ['floor', floor],
      ['dataLayer', dataLayer],
      ['screen', screen],
      ['app', a],
    ] as const) {
      cpu[key].push({ bare: b.cpu, other: page.cpu });
      wall[key].push({ bare: b.readyAt, other: page.readyAt });
    }
    counts.push(a.requests.length);
    if (Math.max(...a.requests.map((r) => r.start)) < Math.min(...a.requests.map((r) => r.end))) oneWave += 1;
    if (run === RUNS - 1) clicks = await keepClicks(a.page);
    await a.page.close();
  }
  await host.close();
  await emulator.close();
  return { cpu, wall, counts: [...new Set(counts)], oneWave, clicks };
}

async function openTimes() {
  const site = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    for (const seed of SEEDS) {
      const r = await measure(seed, browser, site);
      const goal = CPU_GOAL[seed];
      const app = against(r.cpu.app);
      const floor = against(r.cpu.floor);
      const dataLayer = against(r.cpu.dataLayer);
      const screen = against(r.cpu.screen);
      const appWall = against(r.wall.app);
      const dom = r.clicks.map((c) => c.dom);
      const frame = r.clicks.map((c) => c.frame);
      console.log(
        `\n${seed} seed, a review in progress: open → checklist interactive (${RUNS} runs; ratios are medians of each run's page / that run's bare page)`,
      );
      console.log(`  main-thread CPU, bare WDS page:             ${ms(app.bare)}`);
      console.log(
        `  main-thread CPU, app:                       ${ms(app.page)} = ${times(app.ratio)} bare (goal ≤ ${goal}×: ${app.ratio <= goal ? 'met' : 'NOT met'})`,
      );
      console.log(`  floor: bare page + the app's opening requests, answers as JSON: ${ms(floor.page)} = ${times(floor.ratio)} bare`);
      console.log(
        `  bare page + the app's data layer (reads parsed, no review UI):  ${ms(dataLayer.page)} = ${times(dataLayer.ratio)} bare`,
      );
      console.log(
        `  floor with the Wix look: the floor's requests + the opening screen's WDS components, fixed text: ${ms(screen.page)} = ${times(screen.ratio)} bare`,
      );
      console.log(
        `  app over the floor:                         ${times(app.ratio / floor.ratio)} (what the app's own code costs on top of reading)`,
      );
      console.log(`  wall clock (noisy here): bare ${ms(appWall.bare)}, app ${ms(appWall.page)} = ${times(appWall.ratio)}`);
      console.log(
        `  requests on open (Wix + web methods):       ${r.counts.join(' or ')}; all sent before the first answer in ${r.oneWave} of ${RUNS} runs`,
      );
      if (r.clicks.length === 0) console.log("  Keep clicks: no one-click Keep on the checklist's first page");
      else {
        console.log(`  Keep click → row shows "Kept":              median ${ms(median(dom))}, max ${ms(Math.max(...dom))}`);
        console.log(
          `  Keep click → next frame painted:            median ${ms(median(frame))}, max ${ms(Math.max(...frame))} (goal ≤ 50 ms)`,
        );
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

/** `npm test`'s wall time on this machine, and its counts. */
function timeNpmTest() {
  console.log(`\nnpm test (${cpus().length} cores; goal ≤ 5 min on a quiet machine)`);
  const started = Date.now();
  const run = spawnSync('npx', ['vitest', 'run'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (Date.now() - started) / 1000;
  const plain = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const tests = /^\s*Tests\s+(.+)$/m.exec(plain)?.[1]?.trim() ?? 'no summary';
  console.log(`  ${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s), exit ${run.status}: ${tests}`);
}

async function main() {
  console.log(
    `Site Access benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores. Building the pages with one Vite build…`,
  );
  await buildPages(outDir);
  await openTimes();
  if (process.env.BENCH_ONLY === 'open') return;
  console.log('\nAccess log (scripts/bench-access-log.ts; goal: page 1 in ≤ 2 requests, heap flat, the same time at any size)');
  spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(import.meta.dirname, 'bench-access-log.ts')], {
    stdio: 'inherit',
  });
  await printFigures(outDir);
  if (process.env.BENCH_NPM_TEST !== '0') timeNpmTest();
}

await main();
