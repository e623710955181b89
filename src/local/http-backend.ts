import { commandClient, type Backend } from '../contract/commands';

/**
 * The page's side of the local backend host: the same commands as Wix's `command` web method, sent over HTTP
 * with the page's token (as Wix sends the signed-in user with each web method call).
 */
export function httpBackend(baseUrl: string, token: () => string, baseFetch: typeof fetch = fetch): Backend {
  return commandClient(async (name, args) => {
    const response = await baseFetch(new URL('command', baseUrl), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: token() },
      body: JSON.stringify({ name, args }),
    });
    if (!response.ok) throw new TypeError(`The app's backend answered ${response.status}.`);
    return response.json();
  });
}
