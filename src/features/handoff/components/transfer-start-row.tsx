import { Box, Button, Text } from '@wix/design-system';
import { stampOf, type Handoff } from '../../../access/handoff';
import type { ChecklistItem } from '../../../access/handoff-checklist';
import { tickBlocker } from '../../../access/handoff-order';
import { useServices } from '../../../page/services';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import type { ChecklistActions } from './checklist-phase';
import { StampText } from './checklist-item-row';

/**
 * The transfer itself happens in Wix (no public API): open Roles & Permissions → Transfer Ownership,
 * then record it here, which creates a Wix task to check the new owner accepted.
 */
export function TransferStartRow({ item, handoff, actions }: { item: ChecklistItem; handoff: Handoff; actions: ChecklistActions }) {
  const { dashboard } = useServices();
  const stamp = stampOf(handoff, item.id);
  const blocker = tickBlocker(handoff, item.id);
  return (
    <Box direction="vertical" gap="SP2">
      <Text weight="bold" size="small">
        {stamp ? `✓ ${item.label}` : item.label}
      </Text>
      {stamp ? (
        <StampText stamp={stamp} />
      ) : (
        <>
          <Text size="small">
            {`In Wix: Roles & Permissions → Transfer Ownership, enter ${handoff.newOwnerEmail}, choose what transfers, then Transfer. Come back here afterwards.`}
          </Text>
          <Box gap="SP2">
            <Button size="small" priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
              Open Roles & Permissions
            </Button>
            <Button size="small" disabled={blocker !== null || actions.busy} onClick={actions.startTransfer}>
              I started the transfer: remind me
            </Button>
          </Box>
          {blocker && (
            <Text size="small" secondary>
              {blocker}
            </Text>
          )}
        </>
      )}
    </Box>
  );
}
