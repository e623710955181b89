import { accessChangeBlocker } from '../access/guards';
import { describeInvite, type InviteRecord } from '../access/invite-records';
import { ADMIN_ROLE_TITLE, normalizeEmail, roleTitles, type Contributor, type Role } from '../access/people';
import { cancelInvite } from './invites';
import { tracked, type OperationContext } from './log';

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

/**
 * Removes someone from the site, then cancels any invite to the same email sent after they joined
 * and still pending. Returns what could not be cancelled (the removal itself stands).
 */
export async function removePerson(context: OperationContext, change: PersonChange & { invites?: readonly InviteRecord[] }): Promise<string[]> {
  const { person, people, roles, reason } = change;
  const blocker = accessChangeBlocker(person, people, roles);
  if (blocker) throw new AccessChangeRefused(blocker);
  await tracked(
    context,
    { action: 'removed', subjectEmail: person.email, subjectName: person.name, role: roleTitles(person.roleIds, roles), reason },
    () => context.gateway.contributors.remove(person.accountId),
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
    await cancelInvite(context, record, `Removed from the site: ${reason}`).catch((error: Error) => problems.push(error.message));
  }
  return problems;
}

/** Gives someone a different role (Wix replaces all their roles with this one). */
export async function changeRole(context: OperationContext, change: PersonChange & { newRole: Role }): Promise<void> {
  const { person, people, roles, reason, newRole } = change;
  const staysAdmin = newRole.title === ADMIN_ROLE_TITLE;
  const blocker = staysAdmin ? null : accessChangeBlocker(person, people, roles);
  if (blocker) throw new AccessChangeRefused(blocker);
  const from = roleTitles(person.roleIds, roles);
  await tracked(
    context,
    { action: 'role-changed', subjectEmail: person.email, subjectName: person.name, role: `${from} → ${newRole.title}`, reason },
    () => context.gateway.contributors.changeRole(person.accountId, newRole.id),
  );
}
