import { startEmulator } from '/work/main/emulator/server.js';
import { startReview } from '/work/main/src/operations/reviews.js';
import { backendApi } from '/work/main/src/backend/backend-api.js';
import { startBackendHost } from '/work/main/src/backend/local/backend-host.js';
import { emulatorSite, localPlatform, withCaller } from '/work/main/src/backend/local/local-platform.js';
import { createEmulatorClient, tokenAuth } from '/work/main/src/wix/client.js';
import { createGateway } from '/work/main/src/wix/gateway.js';
import { launchChromium } from '/work/main/test/e2e/browser.js';
import { serveStatic } from '/work/main/scripts/bench/static-server.js';
const dir = process.argv[2]!;
const emulator = await startEmulator({ seed: 'demo' });
const p = localPlatform(emulatorSite(emulator));
const host = await startBackendHost((token) => withCaller(p, emulator.url, token));
const gateway = createGateway(createEmulatorClient(emulator.url, tokenAuth(emulator.store.pageToken(emulator.store.state.ownerAccountId))), backendApi(p));
await startReview({ gateway, clock: () => emulator.store.now(), actor: 'B' }, 'full-quarterly');
const site = await serveStatic(dir);
const browser = await launchChromium();
const self = new Map<string, number>();
const byUrl = new Map<string, number>();
for (let run = 0; run < 5; run++) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${site.url}app.html?emulator=${encodeURIComponent(emulator.url)}&backend=${encodeURIComponent(host.url)}`);
  await page.waitForSelector('button[aria-label^="Keep "]', { timeout: 60000 });
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map<number, number>();
  profile.samples!.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0) / 1000));
  for (const node of profile.nodes) {
    const t = dt.get(node.id) ?? 0;
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const file = f.url.split('/').pop() || f.functionName;
    const key = `${f.functionName || '(anon)'} ${file}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + t / 5);
    byUrl.set(file, (byUrl.get(file) ?? 0) + t / 5);
  }
  await page.close();
}
console.log('self time by file (ms per open):');
for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(1).padStart(7), k);
console.log('top functions:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(7), k);
await browser.close(); await site.close(); await host.close(); await emulator.close();
