import { Box, Tabs } from '@wix/design-system';
import type { ReactNode } from 'react';
import { BulkInvitesSection } from '../features/bulk-invites/components/bulk-invites-section';
import { BulkRemovalSection } from '../features/bulk-removal/components/bulk-removal-section';
import { HandoffsSection } from '../features/handoff/components/handoffs-section';
import { OnboardingSection } from '../features/welcome-message/onboarding-section';
import { useNavigation } from '../page/navigation';

/** The team jobs of agencies and growing sites, one sub-section each. */
const SECTIONS: { id: string; title: string; render: () => ReactNode }[] = [
  { id: 'handoffs', title: 'Handoffs', render: () => <HandoffsSection /> },
  { id: 'bulk-invites', title: 'Bulk invites', render: () => <BulkInvitesSection /> },
  { id: 'bulk-removal', title: 'Bulk removal', render: () => <BulkRemovalSection /> },
  { id: 'welcome', title: 'Welcome message', render: () => <OnboardingSection /> },
];

/** "Handoff & team": ownership handoffs, bulk invites and removals, and the welcome message. */
export function TeamTab() {
  const { params, openTab } = useNavigation();
  const section = SECTIONS.find((s) => s.id === params.section) ?? SECTIONS[0];
  return (
    <>
      <Box backgroundColor="D80" paddingLeft="SP2" borderRadius="8px">
        <Tabs
          hasDivider={false}
          showDivider
          type="compactSide"
          size="small"
          activeId={section?.id}
          items={SECTIONS.map(({ id, title }) => ({ id, title }))}
          onClick={(item) => openTab('team', { section: String(item.id) })}
        />
      </Box>
      {section?.render()}
    </>
  );
}
