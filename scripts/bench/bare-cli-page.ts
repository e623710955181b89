import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { initialJs, type InitialJs } from './initial-js.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The initial JS of the bare page (WDS provider, Page, one Card) built by the Wix CLI as this app's dashboard
 * page: the same build as the app's (`wix app build`: module federation, the CLI's runtime, React served by
 * Wix), so the two figures compare like with like. Builds a copy of the project whose only page is the bare one.
 */
export function bareDashboardPageJs(): InitialJs | null {
  const dir = mkdtempSync(join(tmpdir(), 'site-access-bare-cli-'));
  try {
    mkdirSync(join(dir, 'src/dashboard/pages'), { recursive: true });
    for (const file of ['package.json', 'wix.config.json', 'tsconfig.json']) copyFileSync(join(ROOT, file), join(dir, file));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    copyFileSync(join(ROOT, 'src/dashboard/pages/page.json'), join(dir, 'src/dashboard/pages/page.json'));
    copyFileSync(join(ROOT, 'scripts/bench/bare-page.tsx'), join(dir, 'src/dashboard/pages/bare-page.tsx'));
    writeFileSync(
      join(dir, 'src/dashboard/pages/page.tsx'),
      'import { BarePage } from \'./bare-page\';\n\nexport default function Page() {\n  return <BarePage cardTitle="Bare page ready" />;\n}\n',
    );
    const build = spawnSync('npx', ['wix', 'app', 'build'], { cwd: dir, encoding: 'utf8' });
    if (build.status !== 0) return null;
    const pages = join(dir, 'dist/statics/wix/html/dashboard-asset');
    const html = readdirSync(pages).find((name) => name.endsWith('.html'));
    return html ? initialJs(join(pages, html), join(dir, 'dist/statics')) : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
