import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A chunk's static imports (`import … from "./x.js"`, `import "./x.js"`), not `import("./x.js")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.js)["']/g;
/** The Wix CLI's module federation container loads the page's chunks at once: they count as initial. */
const CONTAINER_DEP = /"browser\/assets\/([^"]+\.js)"/g;
const HTML_SCRIPT = /<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g;

export interface InitialJs {
  files: number;
  raw: number;
  gzip: number;
}

/**
 * The JS a page loads before it can run: the html's module script and modulepreloads, and every chunk
 * they import statically, each counted once. `root` is where paths starting with `/` are found.
 */
export function initialJs(htmlPath: string, root = dirname(htmlPath)): InitialJs {
  let raw = 0;
  let gzip = 0;
  const files = initialFiles(htmlPath, root);
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

/** The paths of the initial chunks (see `initialJs`). */
export function initialFiles(htmlPath: string, root = dirname(htmlPath)): string[] {
  const seen = new Set<string>();
  const locate = (from: string, ref: string) => (ref.startsWith('/') ? resolve(root, `.${ref}`) : resolve(from, ref));
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(STATIC_IMPORT)) {
      const ref = match[1];
      if (ref !== undefined && !/^https?:/.test(ref)) visit(locate(dirname(file), ref));
    }
    if (!/script-asset-[^/]*$/.test(file)) return;
    for (const match of code.matchAll(CONTAINER_DEP)) if (match[1] !== undefined) visit(resolve(dirname(file), match[1]));
  };
  for (const match of readFileSync(htmlPath, 'utf8').matchAll(HTML_SCRIPT)) {
    const ref = match[1];
    if (ref !== undefined && !/^https?:/.test(ref)) visit(locate(dirname(htmlPath), ref));
  }
  return [...seen];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
export const describeJs = (js: InitialJs) => `${kB(js.gzip)} gzip (${kB(js.raw)} raw, ${js.files} files)`;

// `npx tsx scripts/bench/initial-js.ts <page.html> [root]` prints one page's figure.
if (process.argv[1]?.endsWith('initial-js.ts') && process.argv[2]) {
  console.log(describeJs(initialJs(resolve(process.argv[2]), process.argv[3] ? resolve(process.argv[3]) : undefined)));
}
