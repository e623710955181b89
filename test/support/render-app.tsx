import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import { createLocalDashboard, type ShellNotice } from '../../src/local/local-dashboard';
import { LocalShell } from '../../src/local/local-shell';
import type { EmulatorContext } from './emulator';

/**
 * Renders the whole app against the emulator inside the local dashboard shell, which shows Wix's
 * toasts and the confirmation modal and records navigation.
 */
export function renderApp(wix: EmulatorContext, options: { launchSearch?: string } = {}) {
  const dashboard = createLocalDashboard();
  const notices: ShellNotice[][] = [];
  dashboard.subscribe((current) => notices.push(current));
  const quiet = { log: () => {}, warn: () => {}, error: () => {} };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } }, logger: quiet });
  const services = {
    gateway: wix.gateway, backend: wix.backend, dashboard: dashboard.port, clock: wix.clock, actor: 'Maya Levin (owner)', launchSearch: options.launchSearch ?? '',
  };
  render(
    <LocalShell dashboard={dashboard} siteName="Bloom & Branch Flowers">
      <SiteAccessRoot services={services} queryClient={queryClient} />
    </LocalShell>,
  );
  return {
    user: userEvent.setup(),
    /** What the dashboard was last asked to show. */
    notices: () => notices.at(-1) ?? [],
  };
}
