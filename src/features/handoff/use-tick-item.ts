import { withItem, type Handoff } from '../../access/handoff';
import { itemLabel } from '../../access/handoff-checklist';
import { assertCanTick } from '../../access/handoff-order';
import { useOperationContext } from '../../page/services';
import { saveHandoffStep } from './save-handoff';
import { useHandoffMutation } from './use-handoff-mutation';

export interface Tick {
  itemId: string;
  done: boolean;
  note?: string;
}

/**
 * Ticks (stamped with who and when) or unticks one checklist item. Ticking "accepted" also
 * completes the Wix reminder, first, so the record never claims a reminder is closed when it is not.
 * An item ticked out of order (accepted before the transfer is started) is refused with the reason.
 */
export function useTickItem(handoff: Handoff) {
  const context = useOperationContext();
  return useHandoffMutation(async ({ itemId, done, note = '' }: Tick) => {
    if (done) assertCanTick(handoff, itemId);
    if (done && itemId === 'transfer-accepted' && handoff.reminderTaskId) {
      const task = await context.gateway.reminders.get(handoff.reminderTaskId);
      if (task && task.status !== 'COMPLETED') await context.gateway.reminders.complete(task);
    }
    const stamp = done ? { id: itemId, doneAt: context.clock(), doneBy: context.actor, note } : { id: itemId, clear: true as const };
    const detail = `${done ? '' : 'Unticked: '}${itemLabel(itemId)}${note ? ` (${note})` : ''}`;
    return saveHandoffStep(context, { ...handoff, items: withItem(handoff, stamp) }, detail);
  });
}
