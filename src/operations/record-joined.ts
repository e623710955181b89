import { formatDateTime } from '../access/format';
import { normalizeEmail, type Contributor } from '../access/people';
import { coveredPerson, grantSchema, type Grant } from '../access/support-pass';
import { inviteRecordSchema } from '../access/invite-records';
import { COLLECTIONS } from '../wix/collections';
import { claimEvent } from './handled-events';
import { logDone, type OperationContext } from './log';
import { isAdopted } from '../access/support-pass';

const WAITING_TO_JOIN: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];

/**
 * A pass whose vendor has not been seen on the site yet. A pass put on someone's existing access (it names
 * their account, and no invite was sent) had nobody to wait for: no "joined" line is written for it.
 */
export const waitingToJoin = (grant: Grant) => !grant.joinedAt && WAITING_TO_JOIN.includes(grant.status) && !isAdopted(grant);

/**
 * The vendor of a pass appeared among the contributors (the opening, the Support tab's repair, or the
 * backend before removing them saw it; no Wix event tells an app): record who and when, and log it once
 * (claimed per pass, so two of them never both log it). Someone who joined under another email than the
 * one invited is flagged.
 */
export async function recordJoined(context: OperationContext, grant: Grant, people: readonly Contributor[]): Promise<Grant | null> {
  if (!waitingToJoin(grant)) return null;
  // Only who joined through this pass's invite: never someone who had access before it, matched by email.
  const person = coveredPerson(grant, people);
  if (!person) return null;
  if (!(await claimEvent(context, `joined-${grant._id}`, 'joined', person.accountId))) return null;
  const joinedAt = person.joinedAt ?? context.clock();
  const saved = await context.gateway.records.update(COLLECTIONS.grants, grantSchema, {
    ...grant,
    status: grant.status === 'awaiting-invite' ? 'invited' : grant.status,
    contributorAccountId: person.accountId,
    joinedAt,
  });
  await markInvitesUsed(context, person).catch(() => 0); // also done when the review or the log sees them
  const otherEmail =
    normalizeEmail(person.email) !== normalizeEmail(grant.email)
      ? ` as ${person.email}, not the invited ${grant.email}: check it is the vendor`
      : '';
  await logDone(context, {
    action: 'accepted',
    subjectEmail: grant.email,
    subjectName: grant.vendorName || person.name,
    role: grant.roleTitle,
    grantId: grant._id,
    detail: `Joined the site${otherEmail} on ${formatDateTime(joinedAt)}; the support pass is active`,
  });
  return saved;
}

/**
 * Someone joined: the app's pending invite records for the address they were invited at become `used`
 * (Wix's invite is used), so once they leave the review does not list a ghost pending invite. Answers how many.
 */
export async function markInvitesUsed(context: OperationContext, person: Contributor): Promise<number> {
  const addresses = new Set([person.invitedEmail, person.email].filter((e): e is string => Boolean(e)).map(normalizeEmail));
  const records = await context.gateway.records.list(COLLECTIONS.invites, inviteRecordSchema, { where: { status: 'pending' } });
  const used = records.filter(
    (r) => addresses.has(normalizeEmail(r.email)) && r.sentAt.getTime() <= (person.joinedAt ?? context.clock()).getTime(),
  );
  for (const record of used)
    await context.gateway.records.update(COLLECTIONS.invites, inviteRecordSchema, { ...record, status: 'used', usedBy: person.accountId });
  return used.length;
}
