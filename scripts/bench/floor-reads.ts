import { createClient } from '@wix/sdk';

/**
 * The app's three opening requests with nothing of the app's: the contributors through a Wix SDK client
 * with no API module (its `fetchWithAuth` only), and the two web methods (who is signed in with the app's
 * records; the roles catalogue) by plain fetch, against the emulator in `?emulator=` and the backend in
 * `?backend=`; the answers are taken as JSON and not parsed further.
 */
const params = new URLSearchParams(window.location.search);
const emulatorUrl = params.get('emulator') ?? 'http://127.0.0.1:5174/';
const backendUrl = params.get('backend') ?? 'http://127.0.0.1:5175/';

export async function readAll(): Promise<unknown[]> {
  const { pageToken } = (await (await fetch(new URL('_emulator/session', emulatorUrl))).json()) as { pageToken: string };
  const client = createClient({
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: pageToken } }) },
    fetch: (input, init) => fetch(String(input).replace('https://www.wixapis.com/', emulatorUrl), init),
  });
  const webMethod = async (name: string) =>
    (
      await fetch(new URL('command', backendUrl), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: pageToken },
        body: JSON.stringify({ name, args: [] }),
      })
    ).json();
  const contributors = client.fetchWithAuth('https://www.wixapis.com/roles-management/v2/contributors/query', {
    headers: { 'Content-Type': 'application/json' },
  });
  return Promise.all([contributors.then((r) => r.json()), webMethod('openingRecords'), webMethod('rolesCatalogue')]);
}
