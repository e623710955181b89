import { startEmulator } from '../emulator/server.js';
import { launchChromium } from '../test/e2e/browser.js';
import { serveStatic } from '../scripts/bench/static-server.js';
import { readdirSync } from 'node:fs';
const dir = '/tmp/' + readdirSync('/tmp').find((d) => d.startsWith('site-access-bench-'));
const seed = (process.argv[2] ?? 'demo') as 'demo';
const emulator = await startEmulator({ seed });
const site = await serveStatic(dir);
const browser = await launchChromium();
for (let i = 0; i < 3; i++) {
  const page = await browser.newPage();
  await page.addInitScript(`new MutationObserver(() => { if (window.__r === undefined && document.querySelector('table tbody tr')) window.__r = performance.now(); }).observe(document, {subtree:true, childList:true});`);
  await page.goto(`${site.url}app.html?emulator=${encodeURIComponent(emulator.url)}`);
  await page.waitForFunction('window.__r !== undefined');
  const r = await page.evaluate(`(() => { const e = performance.getEntriesByType('resource').map(x => [x.name.split('/').slice(-2).join('/').slice(0,60), Math.round(x.startTime), Math.round(x.responseEnd), x.initiatorType]); const n = performance.getEntriesByType('navigation')[0]; return { ready: Math.round(window.__r), dcl: Math.round(n.domContentLoadedEventEnd), e }; })()`);
  console.log(JSON.stringify(r));
  await page.close();
}
await browser.close(); await site.close(); await emulator.close();
