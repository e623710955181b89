import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WixDesignSystemProvider } from '@wix/design-system';
import { beforeEach, describe, expect, it } from 'vitest';
import { ServicesProvider } from '../../src/page/services';
import { NavigationProvider, useNavigation } from '../../src/page/navigation';
import { OffboardingTab } from '../../src/features/offboarding/components/offboarding-tab';
import { createLocalDashboard } from '../../src/local/local-dashboard';
import { LocalShell } from '../../src/local/local-shell';
import { useEmulator, type EmulatorContext } from '../support/emulator';

/** Stands in for another job (the access review, a support pass) handing someone over. */
function HandOver({ accountId }: { accountId: string }) {
  const { tab, openTab } = useNavigation();
  return (
    <>
      <button type="button" onClick={() => openTab('offboarding', { accountId })}>
        Hand over
      </button>
      {tab === 'offboarding' && <OffboardingTab />}
    </>
  );
}

function renderHandover(wix: EmulatorContext, accountId: string) {
  const dashboard = createLocalDashboard();
  const services = {
    gateway: wix.gateway,
    backend: wix.backend,
    dashboard: dashboard.port,
    clock: wix.clock,
    actor: 'Maya Levin (owner)',
    launchSearch: '',
  };
  render(
    <LocalShell dashboard={dashboard} siteName="Bloom & Branch Flowers">
      <WixDesignSystemProvider>
        <ServicesProvider services={services}>
          <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
            <NavigationProvider initialTab="review">
              <HandOver accountId={accountId} />
            </NavigationProvider>
          </QueryClientProvider>
        </ServicesProvider>
      </WixDesignSystemProvider>
    </LocalShell>,
  );
  return userEvent.setup();
}

describe('Offboarding reached from another job with openTab("offboarding", { accountId })', () => {
  // About the owner's own row too: Wix lists the owner here (one of the readings its docs allow).
  const wix = useEmulator('demo', { ownerListed: true });
  // Connected mode: the owner's API key sends invites (guided mode has its own tests).
  beforeEach(() => wix.connectKey());

  it('preselects the person: one click starts their offboarding', async () => {
    const user = renderHandover(wix, 'acc-lena');
    await user.click(screen.getByRole('button', { name: 'Hand over' }));
    expect(await screen.findByText('Offboard Lena Park?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start offboarding Lena Park' }));
    expect(await screen.findByRole('heading', { name: 'Offboarding Lena Park' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Reason for removal/)).toBeInTheDocument();
  });

  it('explains why the owner cannot be offboarded, and offers no way to start', async () => {
    const user = renderHandover(wix, 'acc-owner-maya');
    await user.click(screen.getByRole('button', { name: 'Hand over' }));
    expect(await screen.findByText('Offboard Maya Levin?')).toBeInTheDocument();
    expect(screen.getAllByText(/Maya Levin is the site owner/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Start offboarding Maya Levin' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Offboard Maya Levin' })).toHaveAttribute('aria-disabled', 'true');
  });
});
