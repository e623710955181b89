/**
 * Where a benchmark page's open-time CPU goes
 * (`npx tsx scripts/bench/profile-open.mts [demo|stress] [opens] [app|screen|reads|floor]`): builds the
 * benchmark pages unminified with source maps, opens the page `opens` times (with the bare page after
 * each) until it is ready, alternating Chromium's tracer and its sampling profiler, and prints
 * - the main thread's trace events by self thread time, the page's against the bare page's;
 * - the profiler's self time by package (or the app's folder), through the source maps, and by function;
 * - the functions with the most total time.
 * The first open also prints the page's resources and when React committed. Proportions, not figures
 * for the README: tracing and profiling slow the pages down.
 *
 *   PROFILE_TREE=<function>   the call tree under that function, React's minified internals folded away
 *   PROFILE_PACKAGE=<package> that package's functions by self time
 *   PROFILE_WDS=1             WDS by component rather than as one package
 *   PROFILE_TASKS=1           the main thread's long tasks of one traced open, in order, and its style/layout passes
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import type { SeedName } from '../../emulator/seeds.js';
import { startEmulator } from '../../emulator/server.js';
import { inProcessBackend } from '../../src/backend/local/in-process-backend.js';
import { startBackendHost } from '../../src/backend/local/backend-host.js';
import { emulatorSite, localPlatform, withCaller } from '../../src/backend/local/local-platform.js';
import { startReview } from '../../src/operations/reviews.js';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client.js';
import { createGateway } from '../../src/wix/gateway.js';
import { launchChromium } from '../../test/e2e/browser.js';
import { APP_READY, BARE_READS_READY, BARE_READY, FLOOR_READY, WDS_SCREEN_READY } from './browser-timing.js';
import { buildPages } from './build-pages.js';
import { serveStatic } from './static-server.js';

const seed = (process.argv[2] ?? 'demo') as SeedName;
const OPENS = Number(process.argv[3] ?? 6);
/** Which page to profile: the app, or one of the floors. */
const PAGES = {
  app: ['app.html', APP_READY],
  reads: ['bare-reads/bare-reads.html', BARE_READS_READY],
  floor: ['floor/floor.html', FLOOR_READY],
  screen: ['wds-screen/wds-screen.html', WDS_SCREEN_READY],
} as const;
const [pagePath, pageReady] = PAGES[(process.argv[4] ?? 'app') as keyof typeof PAGES];
const outDir = resolve('/tmp', `site-access-profile-${process.pid}`);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const self = new Map<string, number>();
/** Main-thread trace events by name, self time (children subtracted), per page. */
const events = { app: new Map<string, number>(), bare: new Map<string, number>() };
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

function collectTrace(into: Map<string, number>, trace: { traceEvents: TraceEvent[] }, printTasks: boolean) {
  const main = trace.traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return;
  const slices = trace.traceEvents
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  if (printTasks) {
    const first = slices[0]?.ts ?? 0;
    const layouts = slices.filter(
      (e) => e.name === 'LocalFrameView::performLayout' || e.name === 'Document::recalcStyle' || e.name === 'UpdateLayoutTree',
    );
    console.log(
      `  style and layout: ${layouts.map((e) => `${e.name === 'LocalFrameView::performLayout' ? 'L' : 'S'}@${((e.ts - first) / 1000).toFixed(0)}:${((e.tdur ?? e.dur!) / 1000).toFixed(1)}`).join(' ')}`,
    );
    // The main thread's tasks of 3 ms or more, in order, with what they did (the longest parts).
    const t0 = slices[0]?.ts ?? 0;
    for (const task of slices.filter((e) => e.name === 'RunTask' && e.dur! >= 3000)) {
      const inner = slices.filter(
        (e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 1000 && e.name !== 'RunTask',
      );
      const what = inner.map(
        (e) =>
          `${e.name}${(e.args as { data?: { functionName?: string; url?: string } })?.data?.functionName ? `(${(e.args as { data: { functionName: string } }).data.functionName})` : ''}${(e.args as { data?: { url?: string } })?.data?.url ? `[${(e.args as { data: { url: string } }).data.url.split('/').pop()}]` : ''} ${(e.dur! / 1000).toFixed(1)}`,
      );
      console.log(
        `  task at ${((task.ts - t0) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(1)} ms: ${what.slice(0, 14).join(' · ')}`,
      );
    }
  }
  // Thread time (tdur), as the benchmark's TaskDuration counts it; nesting by wall time.
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      add(into, done.name, Math.max(0, done.dur - done.child) / 1000);
      if (stack.length) stack[stack.length - 1]!.child += done.dur;
    }
  };
  for (const e of slices) {
    close(e.ts);
    stack.push({ end: e.ts + e.dur!, name: e.name, child: 0, dur: e.tdur ?? e.dur! });
  }
  close(Infinity);
}
const total = new Map<string, number>();
const byFile = new Map<string, number>();
/** Self time by the package (or the app's folder) the sampled function's source comes from, through the build's source maps. */
const byPackage = new Map<string, number>();
/** PROFILE_PACKAGE=<package>: that package's functions by self time. */
const inPackage = new Map<string, number>();
const maps = new Map<string, TraceMap | null>();
function packageOf(node: Node): string {
  const { url, lineNumber, columnNumber } = node.callFrame as Node['callFrame'] & { columnNumber: number };
  const file = url.split('?')[0]!.split('/').slice(3).join('/');
  if (!file.endsWith('.js')) return node.callFrame.functionName || '(native)';
  if (!maps.has(file)) {
    try {
      maps.set(file, new TraceMap(readFileSync(resolve(outDir, `${file}.map`), 'utf8')));
    } catch {
      maps.set(file, null);
    }
  }
  const map = maps.get(file);
  const source = map ? (originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }).source ?? '') : '';
  const wds = /node_modules\/@wix\/design-system\/dist\/[a-z]+\/(.+?)\/[^/]*$/.exec(source);
  if (wds && process.env.PROFILE_WDS) return `WDS ${wds[1]}`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1]!;
  const own = /(src\/[^/]+(?:\/[^/]+)?)/.exec(source);
  return own ? own[1]! : source || file;
}
let totalMs = 0;
const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;

/** PROFILE_TREE=<function name>: the call tree under that function, minified React internals folded away. */
interface TreeNode {
  ms: number;
  children: Map<string, TreeNode>;
}
const tree: TreeNode = { ms: 0, children: new Map() };
const folded = (n: Node) => /^[A-Za-z$_]{1,3}$/.test(n.callFrame.functionName) || n.callFrame.functionName === '(anonymous)';

function collect(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    totalMs += dt;
    add(self, label(node), dt);
    add(byFile, node.callFrame.url.split('/').pop() || node.callFrame.functionName, dt);
    const pkg = packageOf(node);
    add(byPackage, pkg, dt);
    if (pkg === process.env.PROFILE_PACKAGE) add(inPackage, label(node), dt);
    // Every distinct frame on the stack gets the sample once (its total time).
    const seen = new Set<string>();
    if (process.env.PROFILE_TREE) {
      const path: Node[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) path.unshift(byId.get(at)!);
      const from = path.findIndex((n) => n.callFrame.functionName === process.env.PROFILE_TREE);
      if (from >= 0) {
        let into = tree;
        into.ms += dt;
        for (const n of path.slice(from + 1).filter((n, i, all) => !folded(n) || i === all.length - 1)) {
          const key = label(n);
          const child = into.children.get(key) ?? { ms: 0, children: new Map() };
          into.children.set(key, child);
          child.ms += dt;
          into = child;
        }
      }
    }
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at)!);
      if (!seen.has(key)) {
        seen.add(key);
        add(total, key, dt);
      }
    }
  });
}

await buildPages(outDir, { minify: false, sourcemap: true });
const site = await serveStatic(outDir);
const browser = await launchChromium();
const emulator = await startEmulator({ seed });
const host = await startBackendHost((token) => withCaller(localPlatform(emulatorSite(emulator)), emulator.url, token));
for (const service of [emulator, host]) service.allowOrigin(new URL(site.url).origin);
const gateway = createGateway(
  createEmulatorClient(emulator.url, tokenAuth(emulator.store.pageToken(emulator.store.state.ownerAccountId))),
  inProcessBackend(localPlatform(emulatorSite(emulator))),
);
const query = `?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}&rows=${seed === 'stress' ? 25 : 7}`;
for (let run = 0; run < OPENS; run++) {
  emulator.store.reset(seed);
  await startReview({ gateway, clock: () => emulator.store.now(), actor: 'Profile' }, 'full-quarterly');
  for (const [url, ready] of [
    [`${site.url}${pagePath}${query}`, pageReady],
    [`${site.url}bare.html`, BARE_READY],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    // React's commits, through the hook React DevTools would use: when each ended.
    await page.addInitScript(
      `window.__commits = []; window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = { supportsFiber: true, renderers: new Map(), inject() { return 1; }, onCommitFiberRoot() { window.__commits.push(Math.round(performance.now()) + ':' + document.getElementsByTagName('*').length + (document.querySelector('table') ? 'T' : '')); }, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {} };`,
    );
    const tracing = run % 2 === 1; // the profiler and the tracer, on alternate opens
    if (tracing)
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8',
          'v8.execute',
          'blink',
          'loading',
          'disabled-by-default-v8.compile',
        ],
      });
    else await cdp.send('Profiler.start');
    await page.goto(url);
    await page.waitForFunction(ready, undefined, { timeout: 120_000, polling: 50 });
    const which = url.includes(pagePath) ? 'app' : 'bare';
    if (run === 0)
      console.log(
        `${which}: resources ${await page.evaluate(`JSON.stringify(performance.getEntriesByType('resource').map((e) => e.name.split('/').pop().split('?')[0] + ' ' + Math.round(e.transferSize / 1024) + 'k@' + Math.round(e.startTime)))`)}`,
      );
    if (run === 0)
      console.log(
        `${which}: React commits at ${(await page.evaluate<number[]>('window.__commits')).join(', ')} ms; ready at ${await page.evaluate('Math.round(performance.now())')} ms`,
      );
    if (tracing)
      collectTrace(events[which], JSON.parse((await browser.stopTracing()).toString()), run === 1 && process.env.PROFILE_TASKS === '1');
    else {
      const { profile } = await cdp.send('Profiler.stop');
      if (which === 'app') collect(profile as Profile);
    }
    await page.close();
  }
}
const profiled = Math.ceil(OPENS / 2);
const traced = Math.floor(OPENS / 2);
const top = (map: Map<string, number>, n: number, opens = profiled) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / opens).toFixed(1).padStart(7)} ms  ${k}`)
    .join('\n');
const sum = (map: Map<string, number>) => [...map.values()].reduce((a, b) => a + b, 0) / traced;
console.log(
  `main-thread trace events, self time per open (mean of ${traced}): app ${sum(events.app).toFixed(0)} ms, bare ${sum(events.bare).toFixed(0)} ms`,
);
for (const [name, value] of [...events.app].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log(
    `${(value / traced).toFixed(1).padStart(7)} ms app  ${((events.bare.get(name) ?? 0) / traced).toFixed(1).padStart(7)} ms bare  ${name}`,
  );
console.log(`\napp page, ${seed} seed, per open (mean of ${profiled}); sampled non-idle: ${(totalMs / profiled).toFixed(0)} ms`);
console.log('\nself time by package\n' + top(byPackage, 40));
if (process.env.PROFILE_PACKAGE) console.log(`\nself time in ${process.env.PROFILE_PACKAGE}\n` + top(inPackage, 30));
console.log('\nself time by file\n' + top(byFile, 30));
console.log('\nself time\n' + top(self, 45));
console.log('\ntotal time\n' + top(total, 90));
const printTree = (node: TreeNode, depth: number) => {
  for (const [key, child] of [...node.children].sort((a, b) => b[1].ms - a[1].ms)) {
    if (child.ms / profiled < 1 || depth > 14) continue;
    console.log(`${' '.repeat(depth * 2)}${(child.ms / profiled).toFixed(1)} ms  ${key}`);
    printTree(child, depth + 1);
  }
};
if (process.env.PROFILE_TREE) {
  console.log(`\ntree under ${process.env.PROFILE_TREE}: ${(tree.ms / profiled).toFixed(1)} ms`);
  printTree(tree, 0);
}
await browser.close();
await site.close();
await host.close();
await emulator.close();
