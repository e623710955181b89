import { Box, Button, Page, Tabs } from '@wix/design-system';
import { lazy, Suspense, useEffect, type CSSProperties, type ReactElement, type ReactNode } from 'react';
import { preloadReviewScreen, ReviewTab } from '../features/review/components/review-tab';
import { useRequestsTabTitle } from '../features/access-requests/use-requests-tab-title';
import { useMeQuery } from '../page/identity';
import { LoadError } from '../page/load-error';
import { LoadingCard } from '../ui/loading-card';
import { preloadable } from '../ui/preloadable';
import { NavigationProvider, useNavigation, type TabId } from '../page/navigation';
import { SignedIn } from './signed-in';

// The other jobs load after the review (their code would hold up the first screen) and are
// fetched in the background once the page has opened, so switching tabs does not wait.
const loadSupport = () => import('../features/support-access/components/support-tab');
const loadOffboarding = () => import('../features/offboarding/components/offboarding-tab');
const loadTeam = () => import('./team-tab');
const loadLog = () => import('../features/access-log/components/access-log-tab');
const loadRequests = () => import('../features/access-requests/components/requests-tab');
const loadSettings = () => import('../features/settings/components/settings-tab');
// The due banner shows only once the passes are read, so its code (and WDS's SectionHelper) loads meanwhile.
const { Component: DueBanner, preload: preloadDueBanner } = preloadable(() =>
  import('../features/support-access/components/due-banner').then((m) => m.DueBanner),
);
const SupportTab = lazy(() => loadSupport().then((m) => ({ default: m.SupportTab })));
const OffboardingTab = lazy(() => loadOffboarding().then((m) => ({ default: m.OffboardingTab })));
const TeamTab = lazy(() => loadTeam().then((m) => ({ default: m.TeamTab })));
const AccessLogTab = lazy(() => loadLog().then((m) => ({ default: m.AccessLogTab })));
const RequestsTab = lazy(() => loadRequests().then((m) => ({ default: m.RequestsTab })));
// Only someone who may not change access sees it (with the access-request form): loaded for them alone.
const ReadOnlyPage = lazy(() => import('./read-only-page').then((m) => ({ default: m.ReadOnlyPage })));
const SettingsTab = lazy(() => loadSettings().then((m) => ({ default: m.SettingsTab })));
const PRELOAD_AFTER_MS = 1500;
// WDS's own custom property sets the space between compact tabs (18 px each side by default).
const TAB_STRIP = {
  background: '#fff',
  borderRadius: 8,
  padding: '6px 12px 0',
  boxShadow: 'inset 0 -1px 0 #dfe5eb',
  '--wds-tabs-padding-horizontal-medium': '12px',
} as CSSProperties;

/** One tab per job, in the order the owner meets them. */
const TABS: { id: TabId; title: string; render: () => ReactNode }[] = [
  { id: 'review', title: 'Access review', render: () => <ReviewTab /> },
  { id: 'support', title: 'Support access', render: () => <SupportTab /> },
  { id: 'requests', title: 'Requests', render: () => <RequestsTab /> },
  { id: 'offboarding', title: 'Offboarding', render: () => <OffboardingTab /> },
  { id: 'team', title: 'Handoff & team', render: () => <TeamTab /> },
  { id: 'log', title: 'Access log', render: () => <AccessLogTab /> },
  { id: 'settings', title: 'Settings', render: () => <SettingsTab /> },
];

const TAB_IDS = TABS.map((t) => t.id);

const tabLoading = <LoadingCard text="Loading…" />;

/** The page's frame: the same Page while it loads and once it knows who is signed in, so WDS builds it once. */
function PageFrame({ actions, tabs, children }: { actions?: ReactElement; tabs?: ReactElement; children: ReactNode }) {
  return (
    <Page height="100vh" minWidth={600}>
      <Page.Header title="Site Access" subtitle="Who can get into your site, why, and until when." actionsBar={actions} />
      {tabs && <Page.Tail>{tabs}</Page.Tail>}
      <Page.Content>{children}</Page.Content>
    </Page>
  );
}

function TabbedPage() {
  const { tab: active, openTab } = useNavigation();
  const tab = TABS.find((t) => t.id === active) ?? TABS[0];
  const requestsTitle = useRequestsTabTitle();
  useEffect(() => {
    const timer = setTimeout(
      () => [loadSupport, loadRequests, loadOffboarding, loadTeam, loadLog, loadSettings].forEach((load) => load().catch(() => undefined)),
      PRELOAD_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, []);
  return (
    <PageFrame
      actions={
        // Settings sits in the header, as in Wix's own pages, so the six jobs fit as tabs at 1024 px.
        <Box gap="SP3" verticalAlign="middle">
          <SignedIn />
          <Button size="small" priority="secondary" onClick={() => openTab('settings')}>
            Settings
          </Button>
        </Box>
      }
      tabs={
        // A white strip keeps WDS's active-tab blue at an accessible contrast; its bottom line runs the strip's
        // whole width (WDS's own divider stops at the last tab). `hasDivider` is off only because WDS logs a
        // deprecation whenever it is on (its default). Compact tabs 24 px apart keep all six readable at 1024 px.
        <div style={TAB_STRIP}>
          <Tabs
            hasDivider={false}
            type="compactSide"
            size="smallMedium"
            activeId={tab?.id}
            items={TABS.filter((t) => t.id !== 'settings').map(({ id, title }) => ({
              id,
              title: id === 'requests' ? requestsTitle : title,
            }))}
            onClick={(item) => openTab(item.id as TabId)}
          />
        </div>
      }
    >
      <Box direction="vertical" gap="SP4" paddingBottom="SP6">
        <Suspense fallback={null}>
          <DueBanner />
        </Suspense>
        <Suspense fallback={tabLoading}>{tab?.render()}</Suspense>
      </Box>
    </PageFrame>
  );
}

/** Loaded with the page, before it is drawn: the due banner's code, and the review's when the page opens on it. */
export function preloadOpeningTab(tab: TabId): Promise<unknown> {
  return Promise.all([preloadDueBanner(), tab === 'review' && preloadReviewScreen()]);
}

/**
 * The dashboard page. A vendor's request link opens it on Support access. Someone who may not change
 * access (a vendor as Website Manager, a blog writer) gets a read-only page that says why.
 */
export function SiteAccessPage({ initialTab, opened }: { initialTab: TabId; opened: boolean }) {
  const identity = useMeQuery();
  const me = opened ? identity.data : undefined;
  if (me && !me.canManage)
    return (
      <Suspense fallback={<PageFrame>{tabLoading}</PageFrame>}>
        <ReadOnlyPage me={me} />
      </Suspense>
    );
  return (
    <NavigationProvider initialTab={initialTab} tabs={TAB_IDS}>
      {me ? (
        <TabbedPage />
      ) : (
        <PageFrame>
          {opened && identity.isError ? <LoadError error={identity.error} onRetry={() => identity.refetch()} /> : tabLoading}
        </PageFrame>
      )}
    </NavigationProvider>
  );
}
