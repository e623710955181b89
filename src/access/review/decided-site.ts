import { findRoleByTitle, type Contributor, type Role } from '../people';
import { personKey } from './checklist';
import type { Decision } from './review-record';

/**
 * The people as they stand after this review's decisions, before Wix has been re-read.
 * Guards (owner, last admin) must see earlier removals and role changes of the same review,
 * or a bulk removal could take away every admin one by one.
 */
export function peopleAfterDecisions(
  people: readonly Contributor[],
  roles: readonly Role[],
  decisions: readonly Decision[],
): Contributor[] {
  const byKey = new Map(decisions.map((d) => [d.subjectKey, d]));
  return people.flatMap((person) => {
    const decision = byKey.get(personKey(person.accountId));
    if (decision?.decision === 'remove') return [];
    if (decision?.decision === 'change-role' && decision.newRole) {
      const role = findRoleByTitle(roles, decision.newRole);
      return role ? [{ ...person, roleIds: [role.id] }] : [person];
    }
    return [person];
  });
}
