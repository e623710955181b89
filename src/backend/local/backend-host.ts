import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AddressInfo } from 'node:net';
import type { BackendPlatform } from '../platform';
import { runCommand } from '../run-command';

export interface RunningBackend {
  url: string;
  /** Lets pages of this origin (the local dashboard) call the web methods from a browser. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

/**
 * The app's backend command web method over HTTP on 127.0.0.1, as Wix serves it to the page: `POST /command`
 * with `{name, args: [...]}` and the page's token answers the command's JSON result. Node only (local mode and tests).
 */
export function startBackendHost(forCaller: (token: string) => BackendPlatform, port = 0): Promise<RunningBackend> {
  const app = new Hono();
  // Only the local dashboard's page may call from a browser (as Wix serves web methods to its own page only).
  const origins = new Set<string>();
  app.use('*', cors({ origin: (origin) => (origins.has(origin) ? origin : null) }));
  app.post('/command', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { name?: unknown; args?: unknown } | null;
    // Each call runs as whoever its token stands for, as Wix runs a web method as the signed-in user.
    return c.json(await runCommand(forCaller(c.req.header('Authorization') ?? ''), body?.name, body?.args));
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}/`,
        allowOrigin: (origin) => void origins.add(origin),
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
    server.on('error', reject);
  });
}
