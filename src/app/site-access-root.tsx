import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { useEffect, useState } from 'react';
import { ServicesProvider, type AppServices } from '../page/services';
import { ErrorBoundary } from './error-boundary';
import { openingTab, startOpeningReads } from './opening-reads';
import { preloadOpeningTab, SiteAccessPage } from './site-access-page';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000, retryOnMount: false } } });
}

/** The whole app with its providers: the Wix page, local mode and tests all render this. */
export function SiteAccessRoot({ services, queryClient }: { services: AppServices; queryClient?: QueryClient }) {
  const [tab] = useState(() => openingTab(services.launchSearch));
  const [{ client, opening }] = useState(() => {
    const created = queryClient ?? createQueryClient();
    const reads = startOpeningReads(created, services.gateway, tab, services.backend);
    // What the opening tab draws once the reads answer: its code travels alongside them.
    return { client: created, opening: Promise.all([reads, preloadOpeningTab(tab)]) };
  });
  // The page's frame shows its loader until the opening reads and the tab's code are in, then the tab is
  // drawn at once (drawing the tabs first and the content as each part arrives lays the page out each time).
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    let current = true;
    void opening.then(() => current && setOpened(true));
    return () => {
      current = false;
    };
  }, [opening]);
  // The page is drawn in the next task: building it takes React tens of milliseconds, and the
  // opening reads leave only when the current task ends, so this way they travel while it is built.
  // (A timer, because React 16 may run an effect's update in the same task.)
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDrawn(true), 0);
    return () => clearTimeout(timer);
  }, []);
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <ServicesProvider services={services}>
        <QueryClientProvider client={client}>
          <ErrorBoundary>{drawn && <SiteAccessPage initialTab={tab} opened={opened} />}</ErrorBoundary>
        </QueryClientProvider>
      </ServicesProvider>
    </WixDesignSystemProvider>
  );
}
