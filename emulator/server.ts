import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createEmulatorApp } from './app.js';
import type { SeedName } from './seeds.js';
import { EmulatorStore } from './store.js';

export interface RunningEmulator {
  url: string;
  store: EmulatorStore;
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1. Port 0 picks a free port (tests). */
export function startEmulator(options: { port?: number; stateFile?: string; seed?: SeedName } = {}): Promise<RunningEmulator> {
  const store = new EmulatorStore(options.stateFile, options.seed);
  const app = createEmulatorApp(store);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        store,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.on('error', reject);
  });
}
