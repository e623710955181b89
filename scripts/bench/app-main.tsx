import { render } from 'react-dom';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import { createLocalDashboard } from '../../src/local/local-dashboard';
import { benchGateway } from './emulator-services';

/**
 * The app page for the benchmark: the dashboard page as Wix renders it (no local-mode frame around
 * it, like the bare page), against the emulator in `?emulator=`. Toasts go to a dashboard port no
 * one draws.
 */
const services = {
  ...(await benchGateway()),
  dashboard: createLocalDashboard().port,
  clock: () => new Date(),
  actor: 'Benchmark',
  launchSearch: '',
};
render(<SiteAccessRoot services={services} />, document.getElementById('root'));
