import { render } from 'react-dom';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import { createLocalDashboard } from '../../src/local/local-dashboard';
import { LocalShell } from '../../src/local/local-shell';
import { createEmulatorClient } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';

/** The app page for the benchmark: local mode's page without its clock look-up, against the emulator in `?emulator=`. */
const emulatorUrl = new URLSearchParams(window.location.search).get('emulator') ?? 'http://127.0.0.1:5174/';
const dashboard = createLocalDashboard();
const services = {
  gateway: createGateway(createEmulatorClient(emulatorUrl)),
  dashboard: dashboard.port,
  clock: () => new Date(),
  actor: 'Benchmark',
  launchSearch: '',
};
render(
  <LocalShell dashboard={dashboard} siteName="Benchmark site">
    <SiteAccessRoot services={services} />
  </LocalShell>,
  document.getElementById('root'),
);
