import { z } from './zod';

/** A role from the site's roles catalogue. */
export const roleSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z._default(z.string(), ''),
  /** Set when the site owner named the role in Site Access (Wix documents only the Owner's and Co-Owner's ids). */
  namedBy: z.optional(z.string()),
});
export type Role = z.infer<typeof roleSchema>;

/** Someone who can get into the site (the owner included). */
export const contributorSchema = z.object({
  /** The person's Wix account (`metaData.id`): what Remove Contributor and Change Role take. */
  accountId: z.string(),
  /** The person's Wix user id (the contributor's documented `id`): what Token Info names the signed-in user by. */
  userId: z.optional(z.string()),
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

/**
 * The only role ids Wix documents (Roles Management, "Site roles"; see docs/wix-platform.md): the Owner and
 * the two Co-Owner roles. Every other role is named only by Wix's roles catalogue (a key) or stays unnamed.
 */
export const DOCUMENTED_ROLE_IDS: Readonly<Record<string, string>> = {
  '6601492336091027458': OWNER_ROLE_TITLE,
  '6732588207941061632': ADMIN_ROLE_TITLE,
  '6642345101181663232': 'Account Admin (Co-Owner)',
};
const isOwnerRoleId = (id: string) => DOCUMENTED_ROLE_IDS[id] === OWNER_ROLE_TITLE;
const isCoOwnerRoleId = (id: string) => id in DOCUMENTED_ROLE_IDS && !isOwnerRoleId(id);

/** What Wix's documented role ids say of a person: owner, co-owner, or neither as far as the ids tell. */
export function documentedStanding(person: Pick<Contributor, 'roleIds'>): 'owner' | 'co-owner' | null {
  if (person.roleIds.some(isOwnerRoleId)) return 'owner';
  if (person.roleIds.some(isCoOwnerRoleId)) return 'co-owner';
  return null;
}
export const WEBSITE_MANAGER_ROLE_TITLE = 'Website Manager';

const normalizeTitle = (title: string) => title.trim().toLowerCase();

/** Roles are resolved by title at run time: Wix's role ids are not documented as fixed. */
export function findRoleByTitle(roles: readonly Role[], title: string): Role | undefined {
  return roles.find((role) => normalizeTitle(role.title) === normalizeTitle(title));
}

/** What the app calls a role Wix names only by id (without a connected key there is no roles catalogue). */
export const UNNAMED_ROLE = 'Role not named by Wix';

/**
 * The roles the app knows (`known`: Wix's catalogue through a key, the roles the owner named) and every
 * other role the site's people hold: Wix tells an app each contributor's role assignments by id only, so
 * those are named only when Wix documents the id (Owner, Co-Owner).
 */
export function rolesFromPeople(people: readonly Contributor[], known: readonly Role[] = []): Role[] {
  const ids = [...new Set(people.flatMap((p) => p.roleIds))].filter((id) => !known.some((role) => role.id === id));
  return [...known, ...ids.map((id) => ({ id, title: DOCUMENTED_ROLE_IDS[id] ?? UNNAMED_ROLE, description: '' }))];
}

export function roleTitles(roleIds: readonly string[], roles: readonly Role[]): string {
  if (roleIds.length === 0) return 'No role';
  return roleIds.map((id) => roles.find((role) => role.id === id)?.title ?? 'Unknown role').join(', ');
}

export function isOwner(person: Contributor, roles: readonly Role[]): boolean {
  if (documentedStanding(person) === 'owner') return true;
  const owner = findRoleByTitle(roles, OWNER_ROLE_TITLE);
  return owner !== undefined && person.roleIds.includes(owner.id);
}

/** An Admin (Co-Owner): by Wix's documented role ids, or by the catalogue's (or the owner's) title. */
export function isCoOwner(person: Pick<Contributor, 'roleIds'>, roles: readonly Role[]): boolean {
  if (documentedStanding(person) === 'co-owner') return true;
  const admin = findRoleByTitle(roles, ADMIN_ROLE_TITLE);
  return admin !== undefined && person.roleIds.includes(admin.id);
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** An email address is at most 254 characters long. */
export const MAX_EMAIL_LENGTH = 254;
const emailFormat = z.email();

/** Whether the text is an email address (the one check the pass form, the invite sheet and handoffs share). */
export function isEmailAddress(text: string): boolean {
  return text.length <= MAX_EMAIL_LENGTH && emailFormat.safeParse(text).success;
}
