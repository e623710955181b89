import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import type { Backend } from '../../src/contract/commands';
import { createLocalDashboard, type ShellNotice } from '../../src/local/local-dashboard';
import { LocalShell } from '../../src/local/local-shell';
import { createEmulatorClient, tokenAuth } from '../../src/wix/client';
import { createGateway } from '../../src/wix/gateway';
import type { EmulatorContext } from './emulator';

/**
 * Renders the whole app against the emulator inside the local dashboard shell, which shows Wix's
 * toasts and the confirmation modal and records navigation. Signed in as the owner unless `signedInAs`.
 */
export function renderApp(
  wix: EmulatorContext,
  options: { launchSearch?: string; signedInAs?: string; backend?: (backend: Backend) => Backend } = {},
) {
  const dashboard = createLocalDashboard();
  const notices: ShellNotice[][] = [];
  dashboard.subscribe((current) => notices.push(current));
  const quiet = { log: () => {}, warn: () => {}, error: () => {} };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, retryOnMount: false } }, logger: quiet });
  // The page as someone else signed in: their page token for Wix, their identity for the backend.
  const as = options.signedInAs;
  const signedIn = as ? wix.backendFor(as) : wix.backend;
  // A test may stand between the page and the backend (hold or fail a web method).
  const backend = options.backend ? options.backend(signedIn) : signedIn;
  const gateway = as
    ? createGateway(createEmulatorClient(wix.emulator.url, tokenAuth(wix.emulator.store.pageToken(as))), backend)
    : wix.gateway;
  const services = {
    gateway,
    backend,
    dashboard: dashboard.port,
    clock: wix.clock,
    actor: 'Dashboard user',
    launchSearch: options.launchSearch ?? '',
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
