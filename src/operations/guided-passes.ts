import { grantSchema, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import { logDone, type OperationContext } from './log';
import { completeReminder, REMINDER_LEFT_OPEN } from './pass-reminders';
import { attachReminder } from './support-passes';

// What the owner tells the app they did in Wix's Roles & Permissions (guided mode): recorded, and
// logged as the owner's word, never as something the app did.

const save = (context: OperationContext, grant: Grant) => context.gateway.records.update(COLLECTIONS.grants, grantSchema, grant);

/** The owner says they sent the invite in Roles & Permissions: the 30 days of Wix's invite start now. */
export async function recordManualInvite(context: OperationContext, grant: Grant): Promise<Grant> {
  const invited = await save(context, {
    ...grant,
    status: 'invited',
    sentManually: true,
    inviteSentAt: context.clock(),
    failure: undefined,
  });
  await logDone(context, {
    action: 'invited',
    subjectEmail: grant.email,
    subjectName: grant.vendorName,
    role: grant.roleTitle,
    reason: grant.reason,
    grantId: grant._id,
    detail: 'The owner says they sent the invite in Wix Roles & Permissions',
  });
  return invited.reminderTaskId ? invited : attachReminder(context, invited);
}

/** The owner says the pending invite is cancelled in Roles & Permissions (or was never sent): the pass ends. */
export async function confirmInviteCancelled(context: OperationContext, grant: Grant): Promise<Grant> {
  const completed = await completeReminder(context, grant);
  const revoked = await save(context, {
    ...grant,
    status: 'revoked',
    revokedAt: context.clock(),
    revokedBy: context.actor,
    failure: completed ? undefined : REMINDER_LEFT_OPEN,
  });
  await logDone(context, {
    action: 'pass-revoked',
    subjectEmail: grant.email,
    subjectName: grant.vendorName,
    role: grant.roleTitle,
    grantId: grant._id,
    reason: grant.ticket ? `Support for ticket ${grant.ticket} is over` : 'Support access ended',
    detail:
      grant.status === 'awaiting-invite'
        ? 'Closed before the invite was sent'
        : 'The owner says they cancelled the pending invite in Wix Roles & Permissions',
  });
  return revoked;
}
