import { addDays } from '../../access/clock';
import { ACCEPT_REMINDER_DAYS, withItem, type Handoff } from '../../access/handoff';
import { formatDate } from '../../access/format';
import { assertCanTick } from '../../access/handoff-order';
import { useOperationContext } from '../../page/services';
import { saveHandoffStep } from './save-handoff';
import { useHandoffMutation } from './use-handoff-mutation';

/**
 * Records that the owner started the transfer in Wix (there is no API for it) and creates a Wix task
 * reminding that the new owner must accept. If the record cannot be saved, the task is taken back.
 */
export function useStartTransfer(handoff: Handoff) {
  const context = useOperationContext();
  return useHandoffMutation(async () => {
    assertCanTick(handoff, 'transfer-started');
    const now = context.clock();
    const acceptBy = addDays(now, ACCEPT_REMINDER_DAYS);
    const who = handoff.newOwnerName || handoff.newOwnerEmail;
    const task = await context.gateway.reminders.create({
      title: `Ownership transfer: check ${who} accepted`.slice(0, 200),
      description: `You started transferring the site to ${handoff.newOwnerEmail} on ${formatDate(now)}. If they have not accepted, remind them or start the transfer again in Roles & Permissions. Then continue the handoff checklist in Site Access.`,
      dueDate: acceptBy,
    });
    const stamp = {
      id: 'transfer-started',
      doneAt: now,
      doneBy: context.actor,
      note: `Reminder in Tasks & Reminders for ${formatDate(acceptBy)}`,
    };
    try {
      return await saveHandoffStep(
        context,
        { ...handoff, items: withItem(handoff, stamp), reminderTaskId: task._id, acceptBy },
        'Ownership transfer started in Wix',
      );
    } catch (error) {
      await context.gateway.reminders.remove(task._id).catch(() => undefined);
      throw error;
    }
  });
}
