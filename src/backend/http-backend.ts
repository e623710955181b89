import type { BackendApi } from './backend-api';
import { BACKEND_METHODS } from './backend-methods';

/**
 * The page's side of the local backend host: the same `BackendApi` as Wix's web methods, sent over HTTP
 * with the page's token (as Wix sends the signed-in user with each web method call).
 */
export function httpBackend(baseUrl: string, token: () => string, baseFetch: typeof fetch = fetch): BackendApi {
  const call = (method: keyof BackendApi) => async (...args: unknown[]) => {
    const response = await baseFetch(new URL(method, baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: token() },
      body: JSON.stringify({ args }),
    });
    if (!response.ok) throw new TypeError(`The app's backend answered ${response.status}.`);
    return response.json();
  };
  return Object.fromEntries(BACKEND_METHODS.map((method) => [method, call(method)])) as unknown as BackendApi;
}
