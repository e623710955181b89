import { createClient } from '@wix/sdk';
import { render } from 'react-dom';
import { BarePage } from './bare-page';

/**
 * The floor of the app's opening: the bare page (provider, Page, one Card) that also sends the app's
 * three opening requests — the contributors through a Wix SDK client with no API module (its
 * `fetchWithAuth` only), and the two web methods (who is signed in with the app's records; the roles
 * catalogue) by plain fetch — and takes the answers as JSON: no data layer, no parsing, no review
 * interface. No page that shows the checklist from those answers can cost less.
 */
const params = new URLSearchParams(window.location.search);
const emulatorUrl = params.get('emulator') ?? 'http://127.0.0.1:5174/';
const backendUrl = params.get('backend') ?? 'http://127.0.0.1:5175/';

async function readAll(): Promise<unknown[]> {
  const { pageToken } = (await (await fetch(new URL('_emulator/session', emulatorUrl))).json()) as { pageToken: string };
  const client = createClient({
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: pageToken } }) },
    fetch: (input, init) => fetch(String(input).replace('https://www.wixapis.com/', emulatorUrl), init),
  });
  const webMethod = async (name: string) =>
    (await fetch(new URL(name, backendUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: pageToken }, body: '{"args":[]}' })).json();
  const contributors = client.fetchWithAuth('https://www.wixapis.com/roles-management/v2/contributors/query', { headers: { 'Content-Type': 'application/json' } });
  return Promise.all([contributors.then((r) => r.json()), webMethod('openingRecords'), webMethod('rolesCatalogue')]);
}

let read = false;
let drawn = false;
const ready = () => {
  if (read && drawn) document.body.append('Floor page ready');
};
void readAll().then(() => {
  read = true;
  ready();
});
setTimeout(() => {
  render(<BarePage cardTitle="Floor page drawn" />, document.getElementById('root'), () => {
    drawn = true;
    ready();
  });
}, 0);
