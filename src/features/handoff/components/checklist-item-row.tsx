import { Box, Checkbox, Text } from '@wix/design-system';
import type { ReactNode } from 'react';
import { stampOf, type Handoff, type HandoffStamp } from '../../../access/handoff';
import type { ChecklistItem } from '../../../access/handoff-checklist';
import { formatDateTime } from '../../../access/format';
import { tickBlocker } from '../../../access/handoff-order';
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

/** A checklist item ticked by hand; ticking stamps who and when. Out of order, it is disabled and says why. */
export function ChecklistItemRow({ item, handoff, actions, extra }: Props) {
  const stamp = stampOf(handoff, item.id);
  const blocker = stamp ? null : tickBlocker(handoff, item.id);
  const why = `handoff-why-${item.id}`;
  return (
    <Box direction="vertical" gap="SP1">
      <Checkbox
        checked={Boolean(stamp)}
        disabled={actions.busy || blocker !== null}
        onChange={() => actions.tick({ itemId: item.id, done: !stamp })}
        aria-describedby={blocker ? why : undefined}
      >
        {item.label}
      </Checkbox>
      <Box direction="vertical" paddingLeft="SP6" gap="SP1">
        <StampText stamp={stamp} />
        {blocker && !handoff.finishedAt && (
          <Text id={why} size="small" secondary>
            {blocker}
          </Text>
        )}
        {extra && !stamp && <Box>{extra}</Box>}
      </Box>
    </Box>
  );
}
