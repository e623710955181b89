import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { SeedName } from '../emulator/seeds.js';
import { startEmulator } from '../emulator/server.js';
import { startBackendHost } from '../src/backend/local/backend-host.js';
import { bridgeEvents } from '../src/backend/local/event-bridge.js';
import { emulatorSite, localPlatform, withCaller } from '../src/backend/local/local-platform.js';

export interface LocalModeOptions {
  port?: number;
  emulatorPort?: number;
  /** The local backend host (the app's web methods); a free one when absent. */
  backendPort?: number;
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
  // The app's backend web methods run in Node beside the emulator, as Wix runs them beside the site.
  const platform = localPlatform(emulatorSite(emulator));
  const backend = await startBackendHost((token) => withCaller(platform, emulator.url, token), options.backendPort ?? 0);
  // Wix's events (Task Overdue, Contributor Created) reach the backend's handlers with the page closed.
  const unbridge = bridgeEvents(emulator.store.events, platform, undefined, () => emulator.store.state.readings.eventsAuth === 'caller');
  process.env.VITE_WIX_EMULATOR_URL = emulator.url;
  process.env.VITE_SITE_ACCESS_BACKEND_URL = backend.url;
  const server = await createServer({
    configFile: false,
    root: resolve(import.meta.dirname, '../src/local'),
    esbuild: { jsx: 'automatic' },
    // Some WDS dependencies read Node's `global`; Wix's own build defines it the same way.
    define: { global: 'globalThis' },
    server: { host: '127.0.0.1', port: options.port || (await freePort()), strictPort: true },
    // Every page module is scanned for dependencies up front: a tab loaded later would otherwise make Vite
    // find new dependencies, optimise them and reload the page under the user (or a browser test).
    optimizeDeps: {
      entries: ['main.tsx', '../**/*.tsx', '../{app,access,features,operations,ui,wix}/**/*.ts', '../backend/identity/*.ts'],
      // Loaded on first use (src/wix/client.ts): named so Vite bundles it up front too.
      include: ['@wix/crm'],
      esbuildOptions: { target: 'es2022' },
    },
    build: { target: 'es2022' },
    logLevel: 'warn',
  });
  await server.listen();
  const dashboardUrl = `http://127.0.0.1:${server.config.server.port}/`;
  // The emulator and the web methods answer browsers only from this dashboard page.
  for (const service of [emulator, backend]) service.allowOrigin(new URL(dashboardUrl).origin);
  return {
    dashboardUrl,
    emulatorUrl: emulator.url,
    emulator,
    backendUrl: backend.url,
    async close() {
      await server.close();
      unbridge();
      await backend.close();
      await emulator.close();
    },
  };
}
