import { render } from 'react-dom';
import { SiteAccessRoot } from '../app/site-access-root';
import { httpBackend } from './http-backend';
import { createEmulatorClient, tokenAuth } from '../wix/client';
import { createGateway } from '../wix/gateway';
import { browserKeyHolder, withHeldKey } from '../wix/key-holder';
import { emulatorControl } from './emulator-control';
import { createLocalDashboard } from './local-dashboard';
import { LocalShell } from './local-shell';

const emulatorUrl = import.meta.env.VITE_WIX_EMULATOR_URL ?? 'http://127.0.0.1:5174/';
const backendUrl = import.meta.env.VITE_SITE_ACCESS_BACKEND_URL ?? 'http://127.0.0.1:5175/';
const control = emulatorControl(emulatorUrl);

// The local harness asks the emulator who is signed in (Wix's dashboard would give the page a token)
// and what time it is there, so the page and the emulator agree on "now" (tests move its clock).
const [session, emulatorNow] = await Promise.all([control.session(), control.clockNow()]);
const offset = Date.parse(emulatorNow) - Date.now();
const dashboard = createLocalDashboard();
// The owner's account API key stays in this browser (per signed-in person here) and goes with the calls that need it.
const backend = withHeldKey(
  httpBackend(backendUrl, () => session.pageToken),
  browserKeyHolder(session.accountId),
);
const services = {
  gateway: createGateway(createEmulatorClient(emulatorUrl, tokenAuth(session.pageToken)), backend),
  backend,
  dashboard: dashboard.port,
  clock: () => new Date(Date.now() + offset),
  actor: 'Dashboard user',
  launchSearch: window.location.search,
};

render(
  <LocalShell dashboard={dashboard} siteName="Bloom & Branch Flowers (demo site)" control={control}>
    <SiteAccessRoot services={services} />
  </LocalShell>,
  document.getElementById('root'),
);
