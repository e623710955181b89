import { ADMIN_ROLE_TITLE, isCoOwner, isOwner, type Contributor, type Role } from './people';

/**
 * Why this person's access must not be taken away (or downgraded) right now, or null when it may.
 * Wix refuses to remove the owner; the guide says never to leave the site without its last admin.
 */
export function accessChangeBlocker(person: Contributor, people: readonly Contributor[], roles: readonly Role[]): string | null {
  if (isOwner(person, roles)) {
    return `${person.name} is the site owner. Wix never lets anyone remove or change the owner; transfer site ownership first.`;
  }
  if (isCoOwner(person, roles)) {
    const otherAdmins = people.filter((p) => p.accountId !== person.accountId && isCoOwner(p, roles));
    if (otherAdmins.length === 0) {
      return `${person.name} is the only ${ADMIN_ROLE_TITLE}. Make someone else an admin first, so the site always has an admin besides the owner.`;
    }
  }
  return null;
}

export const MAX_REASON_LENGTH = 500;

/** Reasons are trimmed, required where asked, and limited in length. Returns an error message or null. */
export function reasonProblem(reason: string, required: boolean): string | null {
  const trimmed = reason.trim();
  if (required && trimmed.length === 0) return 'Give a reason: it is kept in the access log.';
  if (trimmed.length > MAX_REASON_LENGTH) return `Keep the reason under ${MAX_REASON_LENGTH} characters (now ${trimmed.length}).`;
  return null;
}
