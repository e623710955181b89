import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { SeedName } from '../emulator/seeds.js';
import { startEmulator } from '../emulator/server.js';

export interface LocalModeOptions {
  port?: number;
  emulatorPort?: number;
  /** Where the emulator keeps its state between runs; in memory when absent. */
  stateFile?: string;
  seed?: SeedName;
}

/** A free port on 127.0.0.1 (Vite reads port 0 as "use the default"). */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createNetServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The Wix emulator and the dashboard page (Vite) pointed at it. Port 0 or none picks a free one. */
export async function startLocalMode(options: LocalModeOptions = {}) {
  const emulator = await startEmulator({ port: options.emulatorPort ?? 0, stateFile: options.stateFile, seed: options.seed });
  process.env.VITE_WIX_EMULATOR_URL = emulator.url;
  const server = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, '../src/local'),
    esbuild: { jsx: 'automatic' },
    // Some WDS dependencies read Node's `global`; Wix's own build defines it the same way.
    define: { global: 'globalThis' },
    server: { host: '127.0.0.1', port: options.port || (await freePort()), strictPort: true },
    optimizeDeps: { esbuildOptions: { target: 'es2022' } },
    build: { target: 'es2022' },
    logLevel: 'warn',
  });
  await server.listen();
  return {
    dashboardUrl: `http://127.0.0.1:${server.config.server.port}/`,
    emulatorUrl: emulator.url,
    emulator,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}
