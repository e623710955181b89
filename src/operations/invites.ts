import { addDays } from '../access/clock';
import { INVITE_DAYS, inviteRecordSchema, UNKNOWN_INVITE_ID, type InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Role } from '../access/people';
import { COLLECTIONS } from '../wix/collections';
import { isAlreadySaved } from '../wix/records';
import { WixError } from '../wix/errors';
import type { BulkInviteResult } from '../wix/invites';
import type { LogEntry } from '../access/access-log';
import { logIntents, logOutcomes, tracked, type OperationContext } from './log';

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
  /**
   * Sent invites. `inviteId` is null when Wix's answer was lost and Wix confirmed (by refusing the same
   * invite again) that it holds a pending invite for the email (`answerLost`): its record has no id.
   */
  sent: { email: string; inviteId: string | null; sentAt: Date; record: InviteRecord | null; warning?: string; answerLost?: boolean }[];
  failed: { email: string; reason: string }[];
}

const REFUSED = 'Wix did not send this invite: the address is invalid, already has access, or already has a pending invite.';
/** The log detail of an invite whose answer was lost and which Wix confirmed it holds. */
export const LOST_INVITE_CONFIRMED = 'answer lost, confirmed by Wix';
export const LOST_INVITE_NOTE =
  'Wix holds a pending invite for this email (its answer was lost); cancel it in Roles & Permissions if needed';

/**
 * Sends the invites; when the answer is lost (the connection dropped, so Wix may have sent them), asks
 * Wix again the only way it can be asked (it has no list of invites): the same bulkInvite once more.
 * What the first call sent comes back in `failedEmails` (Wix holds a pending invite for it); what it did
 * not send is sent now. Which emails came back refused is returned as `settled`.
 */
async function bulkInviteSettled(
  context: OperationContext,
  roleId: string,
  emails: string[],
  purpose?: string,
): Promise<BulkInviteResult & { settled: boolean }> {
  try {
    return { ...(await context.gateway.invites.bulkInvite(roleId, emails, purpose)), settled: false };
  } catch (error) {
    if (!(error instanceof WixError && error.kind === 'offline')) throw error;
    const again = await context.gateway.invites.bulkInvite(roleId, emails, purpose).catch(() => {
      throw error;
    });
    return { ...again, settled: true };
  }
}

/** Emails that already have access (Wix refuses those too; they were not invited by the lost call). */
async function contributorEmails(context: OperationContext): Promise<Set<string> | null> {
  const people = await context.gateway.contributors.query().catch(() => null);
  return (
    people &&
    new Set(
      people
        .flatMap((p) => [p.email, p.invitedEmail ?? ''])
        .filter(Boolean)
        .map(normalizeEmail),
    )
  );
}

/**
 * Sends invites for one role in one `bulkInvite` call. Each email gets a pending log entry first
 * (an email whose entry cannot be written is not invited); every sent invite is recorded (Wix keeps
 * no list of invites) and its entry closed. The log entries and records are written in bulk calls,
 * so a 1,000-row sheet costs a handful of requests, not thousands.
 */
export async function sendInvites(context: OperationContext, request: InviteRequest): Promise<InviteOutcome> {
  const { gateway, clock } = context;
  const emails = [...new Set(request.emails.map(normalizeEmail))];
  const reasonFor = (email: string) => (request.reasons?.[email] ?? request.reason).trim();
  const outcome: InviteOutcome = { sent: [], failed: [] };
  const intents = await logIntents(
    context,
    emails.map((email) => ({
      action: 'invited',
      subjectEmail: email,
      role: request.role.title,
      reason: reasonFor(email),
      grantId: request.grantId,
    })),
  );
  const logged: { email: string; entry: LogEntry }[] = [];
  intents.forEach((intent, index) => {
    const email = emails[index] ?? '';
    if ('entry' in intent) logged.push({ email, entry: intent.entry });
    else outcome.failed.push({ email, reason: `Not sent: Site Access could not write the access log entry first (${intent.problem}).` });
  });
  if (logged.length === 0) return outcome;

  let result;
  try {
    result = await bulkInviteSettled(
      context,
      request.role.id,
      logged.map((l) => l.email),
      request.purpose,
    );
  } catch (error) {
    await logOutcomes(
      gateway,
      logged.map(({ entry }) => ({ entry, outcome: 'failed' as const, detail: (error as Error).message })),
    );
    throw error;
  }

  const refused = new Set(result.failedEmails.map(normalizeEmail));
  const members = result.settled && refused.size > 0 ? await contributorEmails(context) : null;
  const sent: { email: string; entry: LogEntry; record: InviteRecord; answerLost: boolean }[] = [];
  const closing: { entry: LogEntry; outcome: 'done' | 'failed'; detail: string }[] = [];
  const recordOf = (email: string, inviteId: string, sentAt: Date, expiresAt: Date) =>
    inviteRecordSchema.parse({
      _id: crypto.randomUUID(),
      inviteId,
      email,
      roleId: request.role.id,
      roleTitle: request.role.title,
      reason: reasonFor(email),
      status: 'pending',
      sentAt,
      expiresAt,
      ...(request.grantId ? { grantId: request.grantId } : {}),
    });
  for (const { email, entry } of logged) {
    const invite = result.invites.find((i) => normalizeEmail(i.email) === email);
    if (result.settled && refused.has(email) && !members?.has(email)) {
      // Wix holds the invite but its id was in the lost answer: recorded without one (sent just now), so the
      // review lists it and a resend or cancel of it is guided through Roles & Permissions.
      const now = clock();
      sent.push({ email, entry, record: recordOf(email, UNKNOWN_INVITE_ID, now, addDays(now, INVITE_DAYS)), answerLost: true });
      continue;
    }
    if (!invite || refused.has(email)) {
      outcome.failed.push({ email, reason: REFUSED });
      closing.push({ entry, outcome: 'failed', detail: REFUSED });
      continue;
    }
    const sentAt = invite.dateCreated ?? clock();
    sent.push({
      email,
      entry,
      record: recordOf(email, invite._id, sentAt, invite.expirationDate ?? addDays(sentAt, INVITE_DAYS)),
      answerLost: false,
    });
  }

  // The invites are out: a record that cannot be saved is a warning on its invite, never a failure.
  const problems = await saveInviteRecords(
    context,
    sent.map((s) => s.record),
  );
  sent.forEach(({ email, entry, record, answerLost }, index) => {
    const problem = problems[index];
    const unsaved = problem === undefined ? undefined : `The invite was sent, but Site Access could not save its record: ${problem}`;
    if (answerLost) {
      outcome.sent.push({
        email,
        inviteId: null,
        sentAt: record.sentAt,
        record: unsaved ? null : record,
        warning: unsaved ?? LOST_INVITE_NOTE,
        answerLost: true,
      });
      closing.push({ entry, outcome: 'done', detail: `${LOST_INVITE_CONFIRMED}: ${LOST_INVITE_NOTE}${unsaved ? `. ${unsaved}` : ''}` });
      return;
    }
    outcome.sent.push({
      email,
      inviteId: record.inviteId,
      sentAt: record.sentAt,
      record: unsaved ? null : record,
      ...(unsaved ? { warning: unsaved } : {}),
    });
    closing.push({ entry, outcome: 'done', detail: unsaved ? `Invite ${record.inviteId}. ${unsaved}` : `Invite ${record.inviteId}` });
  });
  await logOutcomes(gateway, closing);
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

/**
 * Saves the records of sent invites; a call Wix refuses as a whole (500, 429, a dropped answer) is tried
 * once more, so a passing fault does not leave a sent invite untracked. The records carry their own ids,
 * so a record Wix already holds (its first answer was lost) counts as saved. Per record: why not saved.
 */
async function saveInviteRecords(context: OperationContext, records: InviteRecord[]): Promise<(string | undefined)[]> {
  const attempt = () => context.gateway.records.insertMany(COLLECTIONS.invites, records);
  let problems: (string | undefined)[];
  try {
    problems = await attempt();
  } catch {
    try {
      problems = await attempt();
    } catch (error) {
      return records.map(() => (error as Error).message);
    }
  }
  return problems.map((problem) => (isAlreadySaved(problem) ? undefined : problem));
}
