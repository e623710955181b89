import type { Backend } from '../../src/contract/commands';

/** One request the page sent: what it was (a Wix path, a Data collection, or a web method), its body size, when it left and when its answer was in. */
export interface Sent {
  what: string;
  offset: number;
  bytes: number;
  start: number;
  end: number;
}

/** @wix/data sends a query as GET with the request base64-encoded in `.r` (or as POST with it in the body). */
function dataQueryOf(url: string, body: string): { collection: string; offset: number } {
  const encoded = new URL(url).searchParams.get('.r');
  const text = encoded ? Buffer.from(encoded, 'base64url').toString('utf8') : body;
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null; // not a query
  }
  const request = (parsed ?? {}) as { dataCollectionId?: string; query?: { paging?: { offset?: number } } };
  return { collection: request.dataCollectionId ?? '', offset: request.query?.paging?.offset ?? 0 };
}

/** A fetch that records every request it sends in `sent`. */
export function recordedFetch(sent: Sent[]): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init?.body === 'string' ? init.body : '';
    const { collection, offset } = dataQueryOf(url, body);
    const entry: Sent = {
      what: collection || new URL(url).pathname,
      offset,
      bytes: Buffer.byteLength(body),
      start: performance.now(),
      end: Infinity,
    };
    sent.push(entry);
    const response = await fetch(input, init);
    entry.end = performance.now();
    return response;
  };
}

/** The backend as the page calls it, each web method call recorded in `sent` as one request the page sends. */
export function recordedBackend(backend: Backend, sent: Sent[]): Backend {
  return new Proxy(backend, {
    get:
      (target, name: keyof Backend) =>
      async (...args: unknown[]) => {
        const entry: Sent = {
          what: `web method ${String(name)}`,
          offset: 0,
          bytes: Buffer.byteLength(JSON.stringify({ args })),
          start: performance.now(),
          end: Infinity,
        };
        sent.push(entry);
        const answer = await (target[name] as (...a: unknown[]) => Promise<unknown>)(...args);
        entry.end = performance.now();
        return answer;
      },
  });
}
