import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pageExtension from '../../src/dashboard/pages/page.json' with { type: 'json' };
import { bareDashboardPageJs } from './bare-cli-page.js';
import { describeJs, initialJs } from './initial-js.js';
import { bodyPerDecision, requestsOnOpen } from './review-figures.js';

const PAGE_ID = pageExtension.id;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const kB = (bytes: number) => `${(bytes / 1000).toFixed(bytes < 10_000 ? 2 : 0)} kB`;

/** The figures that need no browser, and the initial JS of the pages just built. */
export async function printFigures(outDir: string) {
  console.log('\nReview: body Wix receives per decision (goal ≤ 2 kB at any size)');
  for (const rows of [1, 1500, 7500]) {
    const r = await bodyPerDecision(rows);
    console.log(
      `  ${rows.toLocaleString('en-US').padStart(5)} rows: ${kB(r.now)} now (one decision record); ${kB(r.before)} before (the whole review)`,
    );
  }
  console.log('\nRequests on open at 5,000 contributors + 2,500 invite records (goal ≤ 5, one wave)');
  for (const decisions of [0, 1500]) {
    const open = await requestsOnOpen(decisions);
    const what = decisions === 0 ? 'no review open' : `a review of ${decisions.toLocaleString('en-US')} decisions in progress`;
    console.log(
      `  ${what}: the page sends ${open.page.length} (${open.page.join(', ')}), ${open.oneWave ? 'all before the first answer (one wave)' : 'NOT in one wave'}, first to last sent ${ms(open.spread)}; the backend sends Wix ${open.backend}`,
    );
  }
  const bare = initialJs(resolve(outDir, 'bare.html'));
  const app = initialJs(resolve(outDir, 'app.html'));
  console.log('\nInitial JS (this Vite build, gzip; goal ≤ 2× bare)');
  console.log(`  bare WDS page: ${describeJs(bare)}`);
  console.log(`  review page:   ${describeJs(app)} = ${(app.gzip / bare.gzip).toFixed(2)}× bare`);
  console.log(
    '  (this Vite build bundles React into both pages; Wix serves React to dashboard pages, so the Wix CLI build below is the one that counts)',
  );
  const wixPage = findPageHtml();
  const bareCli = bareDashboardPageJs();
  if (!wixPage || !bareCli) {
    console.log('  Wix CLI build: run `npm run build` first (and the bare page must build)');
    return;
  }
  const appCli = initialJs(wixPage, resolve('dist/statics'));
  console.log(`  Wix CLI build, bare dashboard page: ${describeJs(bareCli)}`);
  console.log(
    `  Wix CLI build, Site Access page (the last \`npm run build\`): ${describeJs(appCli)} = ${(appCli.gzip / bareCli.gzip).toFixed(2)}× bare (goal ≤ 2×: ${appCli.gzip <= 2 * bareCli.gzip ? 'met' : 'NOT met'})`,
  );
}

/** The dashboard page's html in the Wix CLI build, when there is one. */
function findPageHtml(): string | null {
  const dir = resolve('dist/statics/wix/html/dashboard-asset');
  if (!existsSync(dir)) return null;
  const file = readdirSync(dir).find((name) => name.startsWith(`${PAGE_ID}.`) && name.endsWith('.html'));
  return file ? resolve(dir, file) : null;
}
