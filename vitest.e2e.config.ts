import { defineConfig } from 'vitest/config';

/** Browser tests: local mode in Debian's Chromium. Run after `npm test` (see .ci/run). */
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
