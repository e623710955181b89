import { render } from 'react-dom';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import { createLocalDashboard } from '../../src/local/local-dashboard';
import { createEmulatorClient } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';

/**
 * The app page for the benchmark: the dashboard page as Wix renders it (no local-mode frame around
 * it, like the bare page), against the emulator in `?emulator=`. Toasts go to a dashboard port no
 * one draws.
 */
const emulatorUrl = new URLSearchParams(window.location.search).get('emulator') ?? 'http://127.0.0.1:5174/';
const services = {
  gateway: createGateway(createEmulatorClient(emulatorUrl)),
  dashboard: createLocalDashboard().port,
  clock: () => new Date(),
  actor: 'Benchmark',
  launchSearch: '',
};
render(<SiteAccessRoot services={services} />, document.getElementById('root'));
