import { z } from './zod';
import { DOCUMENTED_ROLE_IDS, OWNER_ROLE_TITLE, type Role } from './people';

/** A role id the owner named, as Roles & Permissions shows it (`_id` is Wix's role id). */
export const roleNameSchema = z.object({
  _id: z.string(),
  title: z.string(),
  namedBy: z._default(z.string(), ''),
  namedAt: z.optional(z.coerce.date()),
});
export type RoleName = z.infer<typeof roleNameSchema>;

/** The longest role name kept (Wix's custom role names are short). */
export const MAX_ROLE_NAME = 80;

/** The role as the app shows it once the owner named it. */
export const namedRole = (record: RoleName): Role => ({
  id: record._id,
  title: record.title,
  description: `Named by ${record.namedBy || 'the owner'} in Site Access`,
  namedBy: record.namedBy || 'the owner',
});

/** Why this name cannot be given to this role id, or null. */
export function roleNameProblem(roleId: unknown, title: unknown): string | null {
  if (typeof roleId !== 'string' || roleId.trim() === '' || roleId.length > 200) return 'Choose a role to name.';
  if (roleId in DOCUMENTED_ROLE_IDS) return `Wix already names this role: ${DOCUMENTED_ROLE_IDS[roleId]}.`;
  if (typeof title !== 'string' || title.trim() === '') return 'Give the role its name as Roles & Permissions shows it.';
  const name = title.trim();
  if (name.length > MAX_ROLE_NAME) return `A role name is at most ${MAX_ROLE_NAME} characters.`;
  if (/[\p{Cc}\p{Cf}]/u.test(name)) return 'The name has invisible or control characters. Type it again.';
  if (name.toLowerCase() === OWNER_ROLE_TITLE.toLowerCase()) return 'Only the site owner has the Owner role, and Wix names it.';
  return null;
}
