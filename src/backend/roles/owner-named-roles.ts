import type { Role } from '../../access/people';
import { namedRole, roleNameProblem, roleNameSchema } from '../../access/role-names';
import { logDone } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import type { Call } from '../commands';
import type { BackendPlatform } from '../platform';

/** The roles the owner named in Site Access (none when they cannot be read: the roles stay unnamed). */
export async function ownerNamedRoles(platform: BackendPlatform): Promise<Role[]> {
  const { gateway } = backendContext(platform, 'Site Access');
  return (await gateway.records.list(COLLECTIONS.roleNames, roleNameSchema).catch(() => [])).map(namedRole);
}

/**
 * The site owner (only) names a role id as Roles & Permissions shows it. Wix documents the ids of the
 * Owner and Co-Owner roles only; every other role is named by the owner once, for the whole site.
 */
export async function nameRole({ platform, me }: Call, roleId: unknown, title: unknown): Promise<Role> {
  const problem = roleNameProblem(roleId, title);
  if (problem || typeof roleId !== 'string' || typeof title !== 'string')
    throw new BackendRefusal({ kind: 'invalid', message: problem ?? 'Choose a role to name.' });
  const context = backendContext(platform, me.name);
  const record = { _id: roleId, title: title.trim(), namedBy: me.name, namedAt: context.clock() };
  const [existing] = await context.gateway.records.list(COLLECTIONS.roleNames, roleNameSchema, { where: { _id: roleId } });
  const saved = existing
    ? await context.gateway.records.update(COLLECTIONS.roleNames, roleNameSchema, record)
    : await context.gateway.records.insertKeyed(COLLECTIONS.roleNames, roleNameSchema, record);
  await logDone(context, {
    action: 'role-named',
    subjectEmail: '',
    subjectName: saved.title,
    role: saved.title,
    detail: existing ? `Role ${roleId} renamed from ${existing.title} to ${saved.title}` : `Role ${roleId} named ${saved.title}`,
  });
  return namedRole(saved);
}
