import { addDays } from '../access/clock';
import { INVITE_DAYS, inviteRecordSchema, type InviteRecord } from '../access/invite-records';
import { COLLECTIONS } from '../wix/collections';
import { logDone, type OperationContext } from './log';

// Guided mode: what the owner tells the app they did to an invite in Wix's Roles & Permissions. Recorded,
// and logged as the owner's word (the app did not call Wix).

/** What the access log says when the owner did it in Wix (the app did not call Wix). */
export const OWNER_RESENT = 'The owner says they resent the invite in Wix Roles & Permissions';
export const OWNER_CANCELLED = 'The owner says they cancelled the invite in Wix Roles & Permissions';

/** Guided resend: the owner says they resent it in Roles & Permissions; Wix's fresh 30 days start now. */
export async function recordResentInWix(context: OperationContext, record: InviteRecord, reason = ''): Promise<InviteRecord> {
  const { gateway, clock } = context;
  const now = clock();
  const updated = await gateway.records.update(COLLECTIONS.invites, inviteRecordSchema, {
    ...record,
    sentAt: now,
    expiresAt: addDays(now, INVITE_DAYS),
    status: 'pending',
  });
  await logDone(context, {
    action: 'invite-resent',
    subjectEmail: record.email,
    role: record.roleTitle,
    reason,
    grantId: record.grantId,
    detail: OWNER_RESENT,
  });
  return updated;
}

/** Guided cancel: the owner says they cancelled it in Roles & Permissions; the app's record is marked revoked. */
export async function recordCancelledInWix(context: OperationContext, record: InviteRecord, reason: string): Promise<InviteRecord> {
  const updated = await context.gateway.records.update(COLLECTIONS.invites, inviteRecordSchema, { ...record, status: 'revoked' });
  await logDone(context, {
    action: 'invite-revoked',
    subjectEmail: record.email,
    role: record.roleTitle,
    reason,
    grantId: record.grantId,
    detail: OWNER_CANCELLED,
  });
  return updated;
}
