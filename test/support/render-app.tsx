import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SiteAccessRoot } from '../../src/app/site-access-root';
import { createLocalDashboard, type ShellNotice } from '../../src/local/local-dashboard';
import type { EmulatorContext } from './emulator';

/** Renders the whole app against the emulator, with the local dashboard recording toasts and navigation. */
export function renderApp(wix: EmulatorContext) {
  const dashboard = createLocalDashboard();
  const notices: ShellNotice[][] = [];
  dashboard.subscribe((current) => notices.push(current));
  const quiet = { log: () => {}, warn: () => {}, error: () => {} };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } }, logger: quiet });
  const services = { gateway: wix.gateway, dashboard: dashboard.port, clock: wix.clock, actor: 'Maya Levin (owner)' };
  render(<SiteAccessRoot services={services} queryClient={queryClient} />);
  return {
    user: userEvent.setup(),
    /** What the dashboard was last asked to show. */
    notices: () => notices.at(-1) ?? [],
  };
}

/** The table rows under the card with this title, as `within` scopes. */
export async function rowsOfCard(title: string) {
  const heading = await screen.findByText(title);
  const card = heading.closest('[data-hook="card"]') ?? heading.parentElement?.parentElement?.parentElement;
  if (!card) throw new Error(`no card titled ${title}`);
  return within(card as HTMLElement).getAllByRole('row').slice(1).map((row) => within(row));
}
