import { addDays } from '../access/clock';
import { inviteRecordSchema, type InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Role } from '../access/people';
import { COLLECTIONS } from '../wix/collections';
import { logIntent, logOutcome, tracked, type OperationContext } from './log';

const INVITE_DAYS = 30;

export interface InviteRequest {
  emails: string[];
  role: Role;
  reason: string;
  /** Sent to Wix as the invite's purpose (for example the support ticket). */
  purpose?: string;
  grantId?: string;
  /** A reason per (normalised) email, e.g. the Notes column of a bulk invite; `reason` for the rest. */
  reasons?: Readonly<Record<string, string>>;
}

export interface InviteOutcome {
  sent: { email: string; inviteId: string; sentAt: Date; record: InviteRecord | null; warning?: string }[];
  failed: { email: string; reason: string }[];
}

const REFUSED = 'Wix did not send this invite: the address is invalid, already has access, or already has a pending invite.';

/**
 * Sends invites for one role in one `bulkInvite` call. Each email gets a pending log entry first;
 * every sent invite is recorded (Wix keeps no list of invites) and its entry closed.
 */
export async function sendInvites(context: OperationContext, request: InviteRequest): Promise<InviteOutcome> {
  const { gateway, clock } = context;
  const emails = request.emails.map(normalizeEmail);
  const reasonFor = (email: string) => (request.reasons?.[email] ?? request.reason).trim();
  const entries = await Promise.all(
    emails.map((email) =>
      logIntent(context, { action: 'invited', subjectEmail: email, role: request.role.title, reason: reasonFor(email), grantId: request.grantId }),
    ),
  );
  let result;
  try {
    result = await gateway.invites.bulkInvite(request.role.id, emails, request.purpose);
  } catch (error) {
    await Promise.all(entries.map((entry) => logOutcome(gateway, entry, 'failed', (error as Error).message)));
    throw error;
  }
  const outcome: InviteOutcome = { sent: [], failed: [] };
  const refused = new Set(result.failedEmails.map(normalizeEmail));
  await Promise.all(
    emails.map(async (email, index) => {
      const entry = entries[index];
      const invite = result.invites.find((i) => normalizeEmail(i.email) === email);
      if (!invite || refused.has(email)) {
        outcome.failed.push({ email, reason: REFUSED });
        if (entry) await logOutcome(gateway, entry, 'failed', REFUSED);
        return;
      }
      const sentAt = invite.dateCreated ?? clock();
      try {
        const record = await gateway.records.insert(COLLECTIONS.invites, inviteRecordSchema, {
          inviteId: invite._id, email, roleId: request.role.id, roleTitle: request.role.title, reason: reasonFor(email), status: 'pending',
          sentAt, expiresAt: invite.expirationDate ?? addDays(sentAt, INVITE_DAYS), ...(request.grantId ? { grantId: request.grantId } : {}),
        });
        outcome.sent.push({ email, inviteId: invite._id, sentAt, record });
        if (entry) await logOutcome(gateway, entry, 'done', `Invite ${invite._id}`);
      } catch (error) {
        const warning = `The invite was sent, but Site Access could not save its record: ${(error as Error).message}`;
        outcome.sent.push({ email, inviteId: invite._id, sentAt, record: null, warning });
        if (entry) await logOutcome(gateway, entry, 'done', `Invite ${invite._id}. ${warning}`);
      }
    }),
  );
  return outcome;
}

/** Resends a pending or expired invite: Wix gives it a fresh 30 days. */
export async function resendInvite(context: OperationContext, record: InviteRecord, reason = ''): Promise<InviteRecord> {
  const { gateway, clock } = context;
  return tracked(context, { action: 'invite-resent', subjectEmail: record.email, role: record.roleTitle, reason }, async () => {
    const invite = await gateway.invites.resend(record.inviteId);
    const expiresAt = invite.expirationDate ?? addDays(clock(), INVITE_DAYS);
    return gateway.records.update(COLLECTIONS.invites, inviteRecordSchema, { ...record, expiresAt, status: 'pending' });
  });
}

/** Cancels (revokes) a pending invite and marks the app's record. */
export async function cancelInvite(context: OperationContext, record: InviteRecord, reason: string): Promise<InviteRecord> {
  const { gateway } = context;
  return tracked(context, { action: 'invite-revoked', subjectEmail: record.email, role: record.roleTitle, reason }, async () => {
    await gateway.invites.revoke(record.inviteId);
    return gateway.records.update(COLLECTIONS.invites, inviteRecordSchema, { ...record, status: 'revoked' });
  });
}
