import { Box, Page, Tabs } from '@wix/design-system';
import type { ReactNode } from 'react';
import { AccessLogTab } from '../features/access-log/components/access-log-tab';
import { InventoryTab } from '../features/inventory/components/inventory-tab';
import { TeamTab } from './team-tab';
import { NavigationProvider, useNavigation, type TabId } from './navigation';

/** One tab per job, in the order the owner meets them. */
const TABS: { id: TabId; title: string; render: () => ReactNode }[] = [
  { id: 'people', title: 'People & invites', render: () => <InventoryTab /> },
  { id: 'log', title: 'Access log', render: () => <AccessLogTab /> },
  { id: 'team', title: 'Handoff & team', render: () => <TeamTab /> },
];

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
          {tab?.render()}
        </Box>
      </Page.Content>
    </Page>
  );
}

/** The dashboard page. */
export function SiteAccessPage({ initialTab = 'people' }: { initialTab?: TabId }) {
  return (
    <NavigationProvider initialTab={initialTab}>
      <TabbedPage />
    </NavigationProvider>
  );
}
