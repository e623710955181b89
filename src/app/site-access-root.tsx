import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { WixDesignSystemProvider } from '@wix/design-system';
import '@wix/design-system/styles.global.css';
import { useState } from 'react';
import { ServicesProvider, type AppServices } from './app-context';
import { ErrorBoundary } from './error-boundary';
import { SiteAccessPage } from './site-access-page';

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, staleTime: 30_000 } } });
}

/** The whole app with its providers: the Wix page, local mode and tests all render this. */
export function SiteAccessRoot({ services, queryClient }: { services: AppServices; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <WixDesignSystemProvider features={{ newColorsBranding: true }}>
      <ServicesProvider services={services}>
        <QueryClientProvider client={client}>
          <ErrorBoundary>
            <SiteAccessPage />
          </ErrorBoundary>
        </QueryClientProvider>
      </ServicesProvider>
    </WixDesignSystemProvider>
  );
}
