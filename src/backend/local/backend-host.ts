import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AddressInfo } from 'node:net';
import { backendApi, type BackendApi } from '../backend-api';
import { BACKEND_METHODS } from '../backend-methods';
import type { BackendPlatform } from '../platform';

export interface RunningBackend {
  url: string;
  /** Lets pages of this origin (the local dashboard) call the web methods from a browser. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

const METHODS = new Set<string>(BACKEND_METHODS);
const isMethod = (name: string): name is keyof BackendApi => METHODS.has(name);

/**
 * The app's backend web methods over HTTP on 127.0.0.1, as Wix serves them to the page: `POST /<method>`
 * with `{args: [...]}` and the page's token answers the method's JSON result. Node only (local mode and tests).
 */
export function startBackendHost(forCaller: (token: string) => BackendPlatform, port = 0): Promise<RunningBackend> {
  const app = new Hono();
  // Only the local dashboard's page may call from a browser (as Wix serves web methods to its own page only).
  const origins = new Set<string>();
  app.use('*', cors({ origin: (origin) => (origins.has(origin) ? origin : null) }));
  app.post('/:method', async (c) => {
    const name = c.req.param('method');
    if (!isMethod(name)) return c.json({ message: `No web method ${name}.` }, 404);
    const body = (await c.req.json().catch(() => null)) as { args?: unknown } | null;
    const args = Array.isArray(body?.args) ? body.args : [];
    // Each call runs as whoever its token stands for, as Wix runs a web method as the signed-in user.
    const api = backendApi(forCaller(c.req.header('Authorization') ?? ''));
    const method = api[name] as (...a: unknown[]) => Promise<unknown>;
    return c.json(await method(...args));
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}/`, allowOrigin: (origin) => void origins.add(origin),
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
    server.on('error', reject);
  });
}
