import type { Role } from './people';

/**
 * Names of Wix's predefined roles as the owner sees them in Roles & Permissions. Without a connected key
 * the app cannot read the roles catalogue, so a guided invite names the role to choose there; the id is
 * Wix's and unknown here (never used to call Wix).
 */
export const WIX_ROLE_TITLES = [
  'Admin (Co-Owner)',
  'Website Manager',
  'Website Designer',
  'Back Office Manager',
  'Billing Manager',
  'Blog Writer',
  'Blog Editor',
  'Store Manager',
] as const;

const TITLE_ONLY = 'wix-title:';

/** Roles to name in a guided invite: titles only. */
export const titleOnlyRoles = (): Role[] =>
  WIX_ROLE_TITLES.map((title) => ({ id: `${TITLE_ONLY}${title}`, title, description: 'Chosen by the owner in Roles & Permissions' }));

/**
 * The roles a pass or an invite can give: the site's roles once any has a name (Wix's catalogue, or the
 * owner named them), else Wix's predefined titles (the owner picks the same one in Roles & Permissions).
 */
export const invitableRoles = (roles: Role[], rolesNamed: boolean): Role[] => (rolesNamed ? roles : titleOnlyRoles());

/** Whether a role is known only by its title (so Wix cannot be called with it). */
export const isTitleOnly = (role: Pick<Role, 'id'>) => role.id.startsWith(TITLE_ONLY);
