import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './app.js';
import { readingsFromEnv, type WixReadings } from './readings.js';
import type { SeedName } from './seeds.js';
import { EmulatorStore } from './store.js';

export interface RunningEmulator {
  url: string;
  store: EmulatorStore;
  /** Lets pages of this origin (the local dashboard) call the emulator from a browser. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/**
 * Starts the emulator on 127.0.0.1. Port 0 picks a free port (tests). Its readings of Wix (see readings.ts)
 * are the strictest unless `readings` or the `WIX_READINGS` variable (`lenient`, or JSON of single readings) say otherwise.
 */
export function startEmulator(
  options: { port?: number; stateFile?: string; seed?: SeedName; readings?: WixReadings } = {},
): Promise<RunningEmulator> {
  const store = new EmulatorStore(options.stateFile, options.seed, options.readings ?? readingsFromEnv(process.env.WIX_READINGS));
  const origins = new Set<string>();
  const app = createEmulatorApp(store, origins);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        store,
        allowOrigin: (origin) => void origins.add(origin),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
