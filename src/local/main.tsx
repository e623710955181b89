import { render } from 'react-dom';
import { SiteAccessRoot } from '../app/site-access-root';
import { createEmulatorClient } from '../wix/client';
import { createGateway } from '../wix/gateway';
import { createLocalDashboard } from './local-dashboard';
import { LocalShell } from './local-shell';

const emulatorUrl = import.meta.env.VITE_WIX_EMULATOR_URL ?? 'http://127.0.0.1:5174/';

/**
 * Local mode follows the emulator's clock (tests move it), so the page agrees with the emulator
 * on "now". Reading it is the local harness's business: the app itself never calls `/_emulator`.
 */
async function emulatorClockOffset(): Promise<number> {
  try {
    const response = await fetch(new URL('_emulator/clock', emulatorUrl));
    const { now } = (await response.json()) as { now: string };
    return Date.parse(now) - Date.now();
  } catch {
    return 0;
  }
}

const offset = await emulatorClockOffset();
const dashboard = createLocalDashboard();
const services = {
  gateway: createGateway(createEmulatorClient(emulatorUrl)),
  dashboard: dashboard.port,
  clock: () => new Date(Date.now() + offset),
  actor: 'Maya Levin (owner)',
  launchSearch: window.location.search,
};

render(
  <LocalShell dashboard={dashboard} siteName="Bloom & Branch Flowers (demo site)">
    <SiteAccessRoot services={services} />
  </LocalShell>,
  document.getElementById('root'),
);
