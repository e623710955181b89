import { accessChangeBlocker } from '../access/guards';
import { describeInvite, ID_UNKNOWN, UNKNOWN_INVITE_ID, type InviteRecord } from '../access/invite-records';
import { ADMIN_ROLE_TITLE, findRoleByTitle, normalizeEmail, roleTitles, type Contributor, type Role } from '../access/people';
import type { RemoveMethod } from '../wix/contributors';
import { WixError } from '../wix/errors';
import { cancelInvite } from './invites';
import { logIntent, logOutcome, type LogIntent, type OperationContext } from './log';

/** A change the app refuses before calling Wix (the owner, the last admin). */
export class AccessChangeRefused extends Error {
  readonly name = 'AccessChangeRefused';
}

export interface PersonChange {
  person: Contributor;
  people: readonly Contributor[];
  roles: readonly Role[];
  reason: string;
}

export const REMOVAL_CONFIRMED = 'Removal confirmed after a lost answer';
export const ROLE_CHANGE_CONFIRMED = 'Role change confirmed after a lost answer';

/**
 * Checks the guard on the page's snapshot, then again on Wix's current contributors (another tab or
 * Wix itself may have changed them since the page loaded). Returns the person as Wix lists them now.
 */
async function guardAgainstWix(context: OperationContext, { person, people, roles }: PersonChange): Promise<Contributor> {
  const onPage = accessChangeBlocker(person, people, roles);
  if (onPage) throw new AccessChangeRefused(onPage);
  const current = await context.gateway.contributors.query();
  const now = current.find((p) => p.accountId === person.accountId) ?? person;
  const blocker = accessChangeBlocker(now, current, roles);
  if (!blocker) return now;
  const admin = findRoleByTitle(roles, ADMIN_ROLE_TITLE);
  if (admin && now.roleIds.includes(admin.id)) {
    throw new AccessChangeRefused(
      `${person.name} is now the last ${ADMIN_ROLE_TITLE} besides the owner: another admin was removed or changed since this page loaded (in another tab or in Wix). Nothing was changed. Reload to see who has access now, and make someone else an admin first.`,
    );
  }
  throw new AccessChangeRefused(`${blocker} Wix's list changed since this page loaded: reload to see who has access now.`);
}

/** A failure after which Wix may still have done the change (the answer was lost or garbled). */
export const mayHaveHappened = (error: unknown) =>
  error instanceof WixError && (error.kind === 'offline' || error.kind === 'server' || error.kind === 'unexpected-response');

/**
 * Intent, the Wix call, the outcome. When the answer is lost, Wix is asked what it now holds: the
 * change is done if `happened` says so, failed if not; the entry stays pending if Wix cannot be asked.
 */
async function settledWrite(
  context: OperationContext,
  intent: LogIntent,
  run: () => Promise<string | void>,
  happened: (people: Contributor[]) => boolean,
  confirmed: string,
) {
  const entry = await logIntent(context, intent);
  let detail: string | void;
  try {
    detail = await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!mayHaveHappened(error)) {
      await logOutcome(context.gateway, entry, 'failed', message);
      throw error;
    }
    // Left pending when Wix cannot be asked: reconciliation settles it on a later load.
    const people = await context.gateway.contributors.query().catch(() => null);
    if (people === null) throw error;
    if (!happened(people)) {
      await logOutcome(context.gateway, entry, 'failed', message);
      throw error;
    }
    await logOutcome(context.gateway, entry, 'done', confirmed);
    return;
  }
  await logOutcome(context.gateway, entry, 'done', detail || entry.detail);
}

/** The removal's log detail: which of the two documented methods Wix took. */
export const removedWith = (method: RemoveMethod) => `Removed in Wix (Remove Contributor, ${method})`;

/**
 * Removes someone from the site, then cancels any invite to the same email sent after they joined
 * and still pending. Returns what could not be cancelled (the removal itself stands).
 */
export async function removePerson(
  context: OperationContext,
  change: PersonChange & { invites?: readonly InviteRecord[] },
): Promise<string[]> {
  const { roles, reason } = change;
  const person = await guardAgainstWix(context, change);
  await settledWrite(
    context,
    { action: 'removed', subjectEmail: person.email, subjectName: person.name, role: roleTitles(person.roleIds, roles), reason },
    async () => removedWith(await context.gateway.contributors.remove(person.accountId)),
    (people) => !people.some((p) => p.accountId === person.accountId),
    REMOVAL_CONFIRMED,
  );
  const now = context.clock();
  const leftover = (change.invites ?? []).filter(
    (record) =>
      normalizeEmail(record.email) === normalizeEmail(person.email) &&
      (!person.joinedAt || record.sentAt > person.joinedAt) &&
      describeInvite(record, [], now).state === 'pending',
  );
  const problems: string[] = [];
  for (const record of leftover) {
    if (record.inviteId === UNKNOWN_INVITE_ID) problems.push(`The invite to ${record.email} is still pending. ${ID_UNKNOWN}`);
    else await cancelInvite(context, record, `Removed from the site: ${reason}`).catch((error: Error) => problems.push(error.message));
  }
  return problems;
}

/** Gives someone a different role (Wix replaces all their roles with this one). */
export async function changeRole(context: OperationContext, change: PersonChange & { newRole: Role }): Promise<void> {
  const { roles, reason, newRole } = change;
  const staysAdmin = newRole.title === ADMIN_ROLE_TITLE;
  const person = staysAdmin ? change.person : await guardAgainstWix(context, change);
  const from = roleTitles(person.roleIds, roles);
  await settledWrite(
    context,
    { action: 'role-changed', subjectEmail: person.email, subjectName: person.name, role: `${from} → ${newRole.title}`, reason },
    () => context.gateway.contributors.changeRole(person.accountId, newRole.id),
    (people) => people.some((p) => p.accountId === person.accountId && p.roleIds.length === 1 && p.roleIds[0] === newRole.id),
    ROLE_CHANGE_CONFIRMED,
  );
}
