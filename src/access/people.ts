import { z } from './zod';

/** A role from the site's roles catalogue. */
export const roleSchema = z.object({ id: z.string(), title: z.string(), description: z._default(z.string(), '') });
export type Role = z.infer<typeof roleSchema>;

/** Someone who can get into the site (the owner included). */
export const contributorSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  email: z.string(),
  roleIds: z.array(z.string()),
  joinedAt: z.nullable(z.date()),
  /** The address the invite went to, when they joined through one (may differ from `email`). */
  invitedEmail: z.nullable(z.string()),
  /** What Wix lets the person asking do to this contributor (depends on who asks). */
  callerCapabilities: z.optional(z.array(z.string())),
});
export type Contributor = z.infer<typeof contributorSchema>;

export const OWNER_ROLE_TITLE = 'Owner';
export const ADMIN_ROLE_TITLE = 'Admin (Co-Owner)';
export const WEBSITE_MANAGER_ROLE_TITLE = 'Website Manager';

const normalizeTitle = (title: string) => title.trim().toLowerCase();

/** Roles are resolved by title at run time: Wix's role ids are not documented as fixed. */
export function findRoleByTitle(roles: readonly Role[], title: string): Role | undefined {
  return roles.find((role) => normalizeTitle(role.title) === normalizeTitle(title));
}

/** What the app calls a role Wix names only by id (without a connected key there is no roles catalogue). */
export const UNNAMED_ROLE = 'Role not named by Wix';

/**
 * The roles the site's people hold, when Wix's catalogue cannot be read: Wix tells an app each
 * contributor's role assignments by id only, so the titles stay unknown.
 */
export function rolesFromPeople(people: readonly Contributor[]): Role[] {
  const ownerRoles = new Set(siteOwner(people)?.roleIds ?? []);
  const ids = [...new Set(people.flatMap((p) => p.roleIds))];
  return ids.map((id) => ({ id, title: ownerRoles.has(id) ? OWNER_ROLE_TITLE : UNNAMED_ROLE, description: '' }));
}

/**
 * The site owner, as Wix shows them to an owner or co-owner: the one contributor Wix lets nobody change
 * or remove (every other row carries capabilities). Null when the list does not say (someone else asks).
 */
function siteOwner(people: readonly Contributor[]): Contributor | null {
  if (people.length === 1) return people[0] ?? null;
  const unchangeable = people.filter((p) => (p.callerCapabilities ?? []).length === 0);
  return unchangeable.length === 1 && unchangeable.length < people.length ? (unchangeable[0] ?? null) : null;
}

export function roleTitles(roleIds: readonly string[], roles: readonly Role[]): string {
  if (roleIds.length === 0) return 'No role';
  return roleIds.map((id) => roles.find((role) => role.id === id)?.title ?? 'Unknown role').join(', ');
}

export function isOwner(person: Contributor, roles: readonly Role[]): boolean {
  const owner = findRoleByTitle(roles, OWNER_ROLE_TITLE);
  return owner !== undefined && person.roleIds.includes(owner.id);
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** An email address is at most 254 characters long. */
export const MAX_EMAIL_LENGTH = 254;
const emailFormat = z.email();

/** Whether the text is an email address (the one check the pass form, the invite sheet and handoffs share). */
export function isEmailAddress(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && emailFormat.safeParse(text).success;
}
