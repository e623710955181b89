// ESLint checks one thing here: the layers of src/ (docs: shared DESIGN.md "Layers").
// Formatting is prettier's job (.prettierrc.json); no stylistic and no type-aware rules here.
//
// Rooms of src/ and who may import whom:
//   dashboard/, local/   entry points; nothing else imports them
//   app/                 composes; only the entry points import it
//   page/                what every page room shares: the services context, who is signed in, navigation,
//                        the shared reads; never features, app, backend or operations
//   features/<x>/        never import each other, src/backend or src/operations
//   ui/                  pure presentation: no app, page, features, backend, operations
//   contract/            only access, wix (types), contract
//   backend/, operations/  backend side: page rooms never import them, except
//                        src/dashboard -> src/backend/**/*.web.ts (how a Wix page calls a web method)
//   wix/                 Wix API wrappers: no app, features, ui, backend, operations
//   access/              pure domain: only access and plain npm packages (no React, no @wix/*, no node:)
// Every import is resolved to a file first, so relative paths from any depth are judged alike;
// import-x/no-unresolved guards that: an unresolved relative import would slip past the zones.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const root = path.dirname(fileURLToPath(import.meta.url));
const src = (room) => `src/${room}`;
const features = fs
  .readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * Page files that still run a change of access through src/operations with the page's token (issue #25:
 * every change of access becomes a backend command). The list only shrinks: a file leaves it when its
 * change is a command in src/backend/commands.ts; nothing may be added.
 */
const notYetCommands = [
  'features/access-log/components/reconciliation-notice.tsx',
  'features/access-log/queries.ts',
  'features/access-log/use-log-export.ts',
  'features/bulk-invites/use-send-bulk-invites.ts',
  'features/handoff/save-handoff.ts',
  'features/handoff/use-create-handoff.ts',
  'features/offboarding/components/remove-action.tsx',
  'features/offboarding/save-check-changes.ts',
  'features/offboarding/use-cancelled-in-wix.ts',
  'features/offboarding/use-document-offboarding.ts',
  'features/offboarding/use-remove-person.ts',
  'features/offboarding/use-start-offboarding.ts',
  'features/review/decision-toasts.ts',
  'features/review/review-cache.ts',
  'features/review/use-complete-review.ts',
  'features/review/use-decide.ts',
  'features/review/use-keep-all.ts',
  'features/review/use-start-review.ts',
  'features/support-access/use-repair-passes.ts',
  'page/services.tsx',
  'page/welcome-message/use-save-welcome-message.ts',
  'page/welcome-message/welcome-message-panel.tsx',
].map((file) => `src/${file}`);

const zones = [
  {
    target: ['access', 'app', 'backend', 'contract', 'features', 'operations', 'page', 'ui', 'wix'].map(src),
    from: ['dashboard', 'local'].map(src),
    message: 'src/dashboard and src/local are entry points: nothing else imports them.',
  },
  {
    target: ['access', 'backend', 'contract', 'features', 'operations', 'page', 'ui', 'wix'].map(src),
    from: src('app'),
    message: 'Nothing imports src/app except src/dashboard and src/local.',
  },
  {
    target: ['local', 'app', 'features', 'page', 'ui'].map(src),
    from: src('backend'),
    message: 'Page rooms never import src/backend; they call backend commands through src/contract.',
  },
  {
    target: src('dashboard'),
    from: `${root}/src/backend/**`,
    except: [`${root}/src/backend/**/*.web.ts`],
    message: 'src/dashboard may import only the web methods of src/backend (src/backend/**/*.web.ts).',
  },
  {
    target: ['dashboard', 'local', 'app', 'features', 'page', 'ui'].map(src),
    from: src('operations'),
    message: 'src/operations is backend side (being dissolved into backend commands): page rooms never import it.',
  },
  ...features.map((feature) => ({
    target: src(`features/${feature}`),
    from: src('features'),
    except: [`./${feature}`],
    message: 'Features never import each other: move the shared piece down into src/access, src/ui or src/contract.',
  })),
  {
    target: ['page', 'ui'].map(src),
    from: src('features'),
    message: 'src/page and src/ui are shared by the features: they never import one.',
  },
  {
    target: src('ui'),
    from: src('page'),
    message: 'src/ui is pure presentation: it never imports src/page (take what it needs as props).',
  },
  {
    target: ['backend', 'operations'].map(src),
    from: ['features', 'page', 'ui'].map(src),
    message: 'The backend side never imports page rooms.',
  },
  {
    target: src('contract'),
    from: ['backend', 'features', 'operations', 'page', 'ui'].map(src),
    message: 'src/contract imports only src/access, src/wix (types) and src/contract.',
  },
  {
    // The collections the data collections extension declares (src/backend/data-collections.json) are read as data.
    target: src('wix'),
    from: src('backend'),
    except: ['./data-collections.json'],
    message: 'src/wix wraps Wix APIs: it never imports src/backend (only the collections it declares).',
  },
  {
    target: src('wix'),
    from: ['features', 'operations', 'page', 'ui'].map(src),
    message: 'src/wix wraps Wix APIs: it never imports src/app, src/features, src/ui, src/backend or src/operations.',
  },
  {
    target: src('access'),
    from: ['backend', 'contract', 'features', 'operations', 'page', 'ui', 'wix'].map(src),
    message: 'src/access is pure domain: it imports only src/access.',
  },
];
const operationsZone = zones.find((zone) => zone.from === src('operations') && zone.target.includes(src('features')));
// The zones above are disjoint (each importer/imported pair is judged by at most one), so an import is reported once.

// @wix/* API modules (@wix/sdk, @wix/data, @wix/crm, @wix/identity_*, @wix/secrets, @wix/essentials,
// @wix/web-methods, @wix/dashboard, ...) belong in src/wix, src/backend and the src/dashboard entry files.
// The design system and its icons are presentation and may be used by any page room.
const wixApi = {
  regex: '^@wix/(?!(design-system|wix-ui-icons-common)(/|$))',
  message: 'Only src/wix (and src/backend, src/dashboard entry files) import @wix/* API modules; page code goes through src/wix.',
};
const notInAccess = [
  { regex: '^(react|react-dom)(/|$)', message: 'src/access is pure domain: no React.' },
  { regex: '^@tanstack/', message: 'src/access is pure domain: no query library.' },
  { regex: '^@wix/', message: 'src/access is pure domain: no @wix/* modules.' },
  { regex: '^(node:|hono(/|$)|@hono/)', message: 'src/access is pure domain: no I/O.' },
];

export default defineConfig(
  {
    ignores: ['dist/', '.wix/', 'coverage/', 'test-results/', '.vite/', 'docs/', 'public/'],
  },
  {
    // Every TypeScript file is parsed (a syntax error fails the lint); only src/ gets rules.
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
      // Lets import-x parse the files an import leads to; only import-x/no-cycle (below, off) needs it.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }],
      // A cycle between page rooms and src/backend cannot pass the zones (the backend side never imports page
      // rooms, nothing imports the entry points), so no-cycle would only add cycles inside one room. It costs
      // about 1 s here; turn it on when those are wanted:
      // 'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': ['error', { patterns: [wixApi] }],
    },
  },
  {
    // The ratchet: these files may still import src/operations (and only that rule is lifted for them).
    files: notYetCommands,
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: zones.filter((zone) => zone !== operationsZone) }] },
  },
  {
    files: ['src/wix/**', 'src/backend/**', 'src/dashboard/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/access/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: notInAccess }] },
  },
);
