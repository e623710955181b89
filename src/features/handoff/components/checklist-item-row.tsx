import { Box, Checkbox, Text } from '@wix/design-system';
import type { ReactNode } from 'react';
import { stampOf, type Handoff, type HandoffStamp } from '../../../access/handoff';
import type { ChecklistItem } from '../../../access/handoff-checklist';
import { formatDateTime } from '../../../access/format';
import type { ChecklistActions } from './checklist-phase';

/** "Done by Maya Levin (owner) · Nov 23, 2026, 9:05 AM UTC · note" */
export function StampText({ stamp }: { stamp: HandoffStamp | null }) {
  if (!stamp) return null;
  const note = stamp.note ? ` · ${stamp.note}` : '';
  return <Text size="small" secondary>{`Done by ${stamp.doneBy} · ${formatDateTime(stamp.doneAt)}${note}`}</Text>;
}

interface Props {
  item: ChecklistItem;
  handoff: Handoff;
  actions: ChecklistActions;
  extra?: ReactNode;
}

/** A checklist item ticked by hand; ticking stamps who and when. */
export function ChecklistItemRow({ item, handoff, actions, extra }: Props) {
  const stamp = stampOf(handoff, item.id);
  return (
    <Box direction="vertical" gap="SP1">
      <Checkbox checked={Boolean(stamp)} disabled={actions.busy} onChange={() => actions.tick({ itemId: item.id, done: !stamp })}>
        {item.label}
      </Checkbox>
      <Box direction="vertical" paddingLeft="SP6" gap="SP1">
        <StampText stamp={stamp} />
        {extra && !stamp && <Box>{extra}</Box>}
      </Box>
    </Box>
  );
}
