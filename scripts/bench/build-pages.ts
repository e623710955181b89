import { resolve } from 'node:path';
import { build } from 'vite';

/** Builds the benchmark pages into `outDir` with one Vite build (each floor page on its own); unminified names and source maps for a profile. */
export async function buildPages(outDir: string, { minify = true, sourcemap = false } = {}) {
  const buildInto = (pages: string[], into: string) =>
    build({
      configFile: false,
      root: import.meta.dirname,
      base: './',
      logLevel: 'error',
      mode: 'production',
      esbuild: { jsx: 'automatic' },
      define: { global: 'globalThis' },
      build: {
        outDir: into,
        emptyOutDir: true,
        target: 'es2022',
        minify,
        sourcemap,
        rollupOptions: { input: Object.fromEntries(pages.map((page) => [page, resolve(import.meta.dirname, `${page}.html`)])) },
      },
    });
  await buildInto(['bare', 'app'], outDir);
  // Each floor on its own, so that sharing chunks with them does not change how the app page is split.
  await buildInto(['floor'], resolve(outDir, 'floor'));
  await buildInto(['bare-reads'], resolve(outDir, 'bare-reads'));
  await buildInto(['wds-screen'], resolve(outDir, 'wds-screen'));
}
