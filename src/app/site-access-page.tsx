import { Box, Page, Tabs } from '@wix/design-system';
import type { ReactNode } from 'react';
import { AccessLogTab } from '../features/access-log/components/access-log-tab';
import { OffboardingTab } from '../features/offboarding/components/offboarding-tab';
import { ReviewTab } from '../features/review/components/review-tab';
import { DueBanner } from '../features/support-access/components/due-banner';
import { SupportTab } from '../features/support-access/components/support-tab';
import { parseRequestLink } from '../access/request-link';
import { useServices } from './app-context';
import { TeamTab } from './team-tab';
import { NavigationProvider, useNavigation, type TabId } from './navigation';

/** One tab per job, in the order the owner meets them. */
const TABS: { id: TabId; title: string; render: () => ReactNode }[] = [
  { id: 'review', title: 'Access review', render: () => <ReviewTab /> },
  { id: 'support', title: 'Support access', render: () => <SupportTab /> },
  { id: 'offboarding', title: 'Offboarding', render: () => <OffboardingTab /> },
  { id: 'team', title: 'Handoff & team', render: () => <TeamTab /> },
  { id: 'log', title: 'Access log', render: () => <AccessLogTab /> },
];

const TAB_IDS = TABS.map((t) => t.id);

function TabbedPage() {
  const { tab: active, openTab } = useNavigation();
  const tab = TABS.find((t) => t.id === active) ?? TABS[0];
  return (
    <Page height="100vh">
      <Page.Header title="Site Access" subtitle="Who can get into your site, why, and until when." />
      <Page.Tail>
        {/* A white strip keeps WDS's active-tab blue at an accessible contrast. */}
        <Box backgroundColor="D80" paddingLeft="SP2" borderRadius="8px">
          <Tabs activeId={tab?.id} items={TABS.map(({ id, title }) => ({ id, title }))} onClick={(item) => openTab(item.id as TabId)} />
        </Box>
      </Page.Tail>
      <Page.Content>
        <Box direction="vertical" gap="SP4" paddingBottom="SP6">
          <DueBanner />
          {tab?.render()}
        </Box>
      </Page.Content>
    </Page>
  );
}

/** The dashboard page. A vendor's request link opens it on Support access. */
export function SiteAccessPage() {
  const { launchSearch } = useServices();
  return (
    <NavigationProvider initialTab={parseRequestLink(launchSearch) ? 'support' : 'review'} tabs={TAB_IDS}>
      <TabbedPage />
    </NavigationProvider>
  );
}
