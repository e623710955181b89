import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit+contract', include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/support/component-setup.ts'],
          // Whole screens against the emulator: minutes of real work on a busy 2-core machine are not a failure.
          testTimeout: 90_000,
        },
      },
    ],
  },
});
