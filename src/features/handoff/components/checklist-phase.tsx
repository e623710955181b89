import { Box, Card, TextButton } from '@wix/design-system';
import type { Handoff } from '../../../access/handoff';
import { checklistFor, PHASES, type HandoffPhase } from '../../../access/handoff-checklist';
import { useNavigation } from '../../../page/navigation';
import type { Tick } from '../use-tick-item';
import { AgencyRoleRow } from './agency-role-row';
import { ChecklistItemRow } from './checklist-item-row';
import { TransferStartRow } from './transfer-start-row';

export interface ChecklistActions {
  /** A change is being saved (or the handoff is finished): items cannot be changed now. */
  busy: boolean;
  tick: (change: Tick, then?: () => void) => void;
  startTransfer: () => void;
}

/** One phase of the checklist (before, the transfer, after for each side). */
export function ChecklistPhase({ phase, handoff, actions }: { phase: HandoffPhase; handoff: Handoff; actions: ChecklistActions }) {
  const { openTab } = useNavigation();
  const items = checklistFor(handoff).filter((item) => item.phase === phase);
  return (
    <Card>
      <Card.Header title={PHASES[phase]} />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          {items.map((item) => {
            if (item.id === 'transfer-started') return <TransferStartRow key={item.id} item={item} handoff={handoff} actions={actions} />;
            if (item.id === 'agency-role') return <AgencyRoleRow key={item.id} item={item} handoff={handoff} actions={actions} />;
            const extra =
              item.id === 'review-contributors' ? (
                <TextButton size="small" onClick={() => openTab('review')}>
                  Open the access review
                </TextButton>
              ) : null;
            return <ChecklistItemRow key={item.id} item={item} handoff={handoff} actions={actions} extra={extra} />;
          })}
        </Box>
      </Card.Content>
    </Card>
  );
}
