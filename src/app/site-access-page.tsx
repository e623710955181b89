import { Box, Page, Tabs } from '@wix/design-system';
import { useState } from 'react';
import { AccessLogTab } from '../features/access-log/components/access-log-tab';
import { InventoryTab } from '../features/inventory/components/inventory-tab';

const TABS = [
  { id: 'people', title: 'People & invites', render: () => <InventoryTab /> },
  { id: 'log', title: 'Access log', render: () => <AccessLogTab /> },
] as const;

type TabId = (typeof TABS)[number]['id'];

/** The dashboard page: one tab per job. */
export function SiteAccessPage() {
  const [active, setActive] = useState<TabId>('people');
  const tab = TABS.find((t) => t.id === active) ?? TABS[0];
  return (
    <Page height="100vh">
      <Page.Header title="Site Access" subtitle="Who can get into your site, why, and until when." />
      <Page.Tail>
        {/* A white strip keeps WDS's active-tab blue at an accessible contrast. */}
        <Box backgroundColor="D80" paddingLeft="SP2" borderRadius="8px">
          <Tabs
            activeId={active}
            items={TABS.map(({ id, title }) => ({ id, title }))}
            onClick={(item) => setActive(item.id as TabId)}
          />
        </Box>
      </Page.Tail>
      <Page.Content>
        <Box direction="vertical" gap="SP4" paddingBottom="SP6">
          {tab.render()}
        </Box>
      </Page.Content>
    </Page>
  );
}
