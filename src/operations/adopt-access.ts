import type { Contributor } from '../access/people';
import { grantSchema, type Grant } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import { logDone, type OperationContext } from './log';
import { attachReminder, type PassRequest } from './support-passes';

/**
 * Someone already has access (POWR's account added months ago): no new invite, their current
 * access goes on a pass with an end date and a reminder, so it ends on time.
 */
export async function adoptAccess(context: OperationContext, request: PassRequest, person: Contributor): Promise<Grant> {
  const { role, operationId, ...fields } = request;
  const grant = await context.gateway.records.insertKeyed(COLLECTIONS.grants, grantSchema, {
    _id: operationId ?? crypto.randomUUID(),
    ...fields,
    roleId: role.id,
    roleTitle: role.title,
    approvedBy: context.actor,
    createdAt: context.clock(),
    status: 'invited',
    sentManually: false,
    contributorAccountId: person.accountId,
    ...(person.joinedAt ? { inviteSentAt: person.joinedAt } : {}),
  });
  await logDone(context, {
    action: 'pass-started',
    subjectEmail: person.email,
    subjectName: person.name,
    role: role.title,
    reason: request.reason,
    grantId: grant._id,
    detail: 'Existing access put on a support pass',
  });
  return attachReminder(context, grant);
}
