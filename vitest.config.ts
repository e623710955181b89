import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    // Every core: vitest's default leaves one for itself (1 worker on a 2-core machine, the suite run serially),
    // but each test file is one single-threaded process here (app, backend and emulator in one event loop).
    maxWorkers: availableParallelism(),
    // Files share a worker's modules: WDS, React and the SDKs load once per worker instead of once per file
    // (about 6 s a component file, 1 s a contract file). Each file still starts its own emulator, and every
    // test renders into a cleaned page; no test mocks a module.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit+contract',
          include: ['test/unit/**/*.test.ts', 'test/contract/**/*.test.ts'],
          environment: 'node',
          // Dozens of round trips to the emulator per test: vitest's 5 s (10 s for hooks) fails them on a busy machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
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
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
