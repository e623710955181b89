import type { DataClient } from '../../src/wix/client';

const API = 'https://www.wixapis.com';
export const KEY_ONLY = 'This API requires an account level API key and cannot be authenticated with the standard authorization header.';

/** A REST call through the client's own auth, as the app makes calls that have no SDK module. */
export async function rest(client: DataClient, method: string, path: string, body?: unknown) {
  const response = await client.fetchWithAuth(`${API}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as { message?: string; details?: { applicationError?: { code?: string; description?: string } } }) : {},
  };
}

/** What the SDK throws: `status` (the modules that keep it) and Wix's application error. */
export const failure = async (call: Promise<unknown>) => {
  const error = (await call.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; details?: { applicationError?: { code?: string; description?: string } } } | null;
  if (!error) throw new Error('the call succeeded');
  return { status: error.status, code: error.details?.applicationError?.code, description: error.details?.applicationError?.description };
};
