import { formatDate } from '../access/format';
import type { InviteRecord } from '../access/invite-records';
import type { ValidPass } from '../access/pass-form';
import type { Contributor, Role } from '../access/people';
import { grantSchema, isAdopted, type Grant, type PassView } from '../access/support-pass';
import { COLLECTIONS } from '../wix/collections';
import { WixError } from '../wix/errors';
import { needsKey } from '../wix/key-services';
import { cancelInvite, sendInvites } from './invites';
import { logDone, tracked, type OperationContext } from './log';
import { completeReminder, ensureReminder, REMINDER_LEFT_OPEN, saveSettled } from './pass-reminders';
import { removePerson } from './people';

/** A validated pass form, and who asked for it. */
/** `operationId`: made once per click, it becomes the pass's id, so a retry or a lost answer finds the first attempt. */
export type PassRequest = Omit<ValidPass, 'existingPerson'> & { requestedBy: string; operationId?: string };

/** The invite for a pass failed; the pass is recorded as failed and can be retried or sent by hand. */
export class PassInviteFailed extends Error {
  readonly name = 'PassInviteFailed';
  constructor(
    readonly grant: Grant,
    readonly wixError: WixError | null,
    message: string,
  ) {
    super(message);
  }
}

const save = (context: OperationContext, grant: Grant) => context.gateway.records.update(COLLECTIONS.grants, grantSchema, grant);

/**
 * The invite went out but the pass could not be saved as invited: the page must not say the record
 * failed as if nothing happened. `grant` is the pass as it should be; the invite record (and a later
 * load, which repairs the pass from it) keeps track of the invite.
 */
export class PassSavedLate extends Error {
  readonly name = 'PassSavedLate';
  constructor(
    readonly grant: Grant,
    cause: unknown,
  ) {
    const status = cause instanceof WixError && cause.status ? ` (${cause.status})` : '';
    super(
      `The invite to ${grant.email} was sent, but Wix did not save it on the pass${status}. Don't send it again: reload the page in a minute and the pass is updated from the invite.`,
    );
  }
}

/**
 * Gives the pass its Tasks & Reminders task (the open one it may already have, else a new one); a failure
 * leaves the pass without one, completed on a later load (which finds a task made by a lost answer).
 */
export async function attachReminder(context: OperationContext, grant: Grant): Promise<Grant> {
  try {
    const task = await ensureReminder(context, grant);
    return await save(context, { ...grant, reminderTaskId: task._id });
  } catch {
    return grant;
  }
}

/**
 * Guided invite (no key, or Wix refused it): the pass waits for the owner to send the invite in Roles &
 * Permissions, with its reminder set. Nothing is logged as invited: the app did not send anything.
 */
export async function awaitOwnerInvite(context: OperationContext, grant: Grant, why: string, keyRefused = false): Promise<Grant> {
  const failure = keyRefused
    ? 'Wix refused the connected API key (check it in the API Keys Manager, or disconnect it in Settings); send this invite in Roles & Permissions.'
    : undefined;
  const waiting = await save(context, { ...grant, status: 'awaiting-invite', failure });
  await logDone(context, {
    action: 'pass-started',
    subjectEmail: grant.email,
    subjectName: grant.vendorName,
    role: grant.roleTitle,
    reason: grant.reason,
    grantId: grant._id,
    detail: `Waiting for the owner to send the invite in Roles & Permissions (${why})`,
  });
  return attachReminder(context, waiting);
}

/** Sends the invite of a recorded pass with the connected key, then its reminder. Used for new passes and retries. */
export async function invitePass(context: OperationContext, grant: Grant, role: Role): Promise<Grant> {
  const fail = async (wixError: WixError | null, message: string) => {
    if (needsKey(wixError)) return awaitOwnerInvite(context, grant, 'Wix refused the connected API key', true);
    const failedGrant: Grant = { ...grant, status: 'failed', failure: message };
    // The invite's failure is what the owner needs to hear, even when the pass cannot be saved as failed.
    const failed = await save(context, failedGrant).catch(() => failedGrant);
    throw new PassInviteFailed(failed, wixError, message);
  };
  let outcome;
  try {
    const purpose = grant.ticket ? `Support ticket ${grant.ticket}` : grant.reason;
    outcome = await sendInvites(context, { emails: [grant.email], role, reason: grant.reason, purpose, grantId: grant._id });
  } catch (error) {
    return fail(error instanceof WixError ? error : null, error instanceof Error ? error.message : String(error));
  }
  const sent = outcome.sent[0];
  if (!sent) return fail(null, outcome.failed[0]?.reason ?? 'Wix did not send the invite.');
  // A lost answer Wix confirmed: invited, without an invite id (the owner cancels it in Roles & Permissions if needed).
  const inviteId = sent.inviteId ?? undefined;
  const next: Grant = { ...grant, status: 'invited', inviteId, sentManually: false, inviteSentAt: sent.sentAt, failure: undefined };
  let invited: Grant;
  try {
    invited = await save(context, next);
  } catch (error) {
    throw new PassSavedLate(next, error);
  }
  return attachReminder(context, invited);
}

/**
 * Records the pass first (nobody is invited without a record), then invites with the connected key, or
 * (guided, the default) leaves the invite to the owner in Roles & Permissions; reminds either way.
 */
export async function grantPass(context: OperationContext, request: PassRequest, connected: boolean): Promise<Grant> {
  const { role, operationId, ...fields } = request;
  const grant = await context.gateway.records.insertKeyed(COLLECTIONS.grants, grantSchema, {
    _id: operationId ?? crypto.randomUUID(),
    ...fields,
    roleId: role.id,
    roleTitle: role.title,
    approvedBy: context.actor,
    createdAt: context.clock(),
    status: 'approved',
    sentManually: false,
  });
  // A retry of the same operation found the first attempt's pass already past its start: never invite twice.
  if (grant.status !== 'approved') return grant;
  return connected ? invitePass(context, grant, role) : awaitOwnerInvite(context, grant, 'no API key is connected');
}

export interface SiteSnapshot {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
}

/**
 * Ends a pass: removes the vendor (or cancels the pending invite with the connected key), completes the
 * reminder, logs. A pending invite the app cannot cancel (no key, or an invite the owner sent by hand)
 * leaves the pass open as `cancel-in-wix`, with the instruction, until the owner confirms it is gone.
 */
export async function revokePass(context: OperationContext, view: PassView, site: SiteSnapshot, connected: boolean): Promise<Grant> {
  const { grant, contributor } = view;
  if (!contributor && (!connected || !grant.inviteId)) return save(context, { ...grant, status: 'cancel-in-wix' });
  const reason = grant.ticket ? `Support for ticket ${grant.ticket} is over` : 'Support access ended';
  return tracked(
    context,
    { action: 'pass-revoked', subjectEmail: grant.email, subjectName: grant.vendorName, role: grant.roleTitle, reason, grantId: grant._id },
    async () => {
      if (contributor) {
        await removePerson(context, { person: contributor, ...site, reason }).catch((error: unknown) => {
          if (!(error instanceof WixError && error.kind === 'not-found')) throw error;
        });
      } else if (grant.inviteId) {
        const record = site.invites.find((i) => i.inviteId === grant.inviteId);
        const cancel = record ? cancelInvite(context, record, reason) : context.gateway.invites.revoke(grant.inviteId);
        await cancel.catch((error: unknown) => {
          // Already gone, used or expired: there is nothing left to cancel.
          if (!(error instanceof WixError && (error.kind === 'not-found' || error.kind === 'invalid'))) throw error;
        });
      }
      // A reminder left open is said on the pass and completed at the next load, never ignored.
      const completed = await completeReminder(context, grant);
      const revoked: Grant = {
        ...grant,
        status: 'revoked',
        revokedAt: context.clock(),
        revokedBy: context.actor,
        failure: completed ? undefined : REMINDER_LEFT_OPEN,
      };
      // The access is gone in Wix by now: the pass must say so (read back after a lost answer, saved once more after a failure).
      return saveSettled(context, revoked, (stored) => stored.status === 'revoked');
    },
  );
}

/**
 * Moves the end date (with a reason) and the reminder with it, all or repaired: the reminder is moved
 * (or made) first, then the pass is saved (read back after a lost answer, saved once more after a
 * failure). If the pass cannot be saved, the log says failed and the reminder, which may already be at
 * the new date, is moved back to the pass's end by the next page-open repair (repairPasses).
 */
export async function extendPass(context: OperationContext, grant: Grant, expiresAt: Date, reason: string): Promise<Grant> {
  const detail = `${formatDate(grant.expiresAt)} → ${formatDate(expiresAt)}`;
  const intent = {
    action: 'extended' as const,
    subjectEmail: grant.email,
    subjectName: grant.vendorName,
    role: grant.roleTitle,
    reason,
    grantId: grant._id,
    detail,
  };
  return tracked(
    context,
    intent,
    async () => {
      const task = await ensureReminder(context, { ...grant, expiresAt });
      const sameEnd = (stored: Grant) => stored.expiresAt.getTime() === expiresAt.getTime();
      return saveSettled(context, { ...grant, expiresAt, reminderTaskId: task._id }, sameEnd);
    },
    (error) => `${detail}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

/** The owner said no to a vendor's request: kept for the record, nobody invited. */
export async function declineRequest(context: OperationContext, request: Omit<PassRequest, 'role'> & { role: Role | null }): Promise<void> {
  const { role, ...fields } = request;
  await context.gateway.records.insert(COLLECTIONS.grants, grantSchema, {
    ...fields,
    roleId: role?.id ?? '',
    roleTitle: role?.title ?? '',
    createdAt: context.clock(),
    status: 'declined',
    sentManually: false,
  });
  await logDone(context, {
    action: 'request-declined',
    subjectEmail: request.email,
    subjectName: request.vendorName,
    reason: request.reason,
  });
}
