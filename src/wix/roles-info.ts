import { z } from '../access/zod';
import type { Role } from '../access/people';
import type { AnyClient } from './client';
import { rolesManagement } from './contributors';
import { parseWix } from './errors';

// Only the backend reads the catalogue (with the owner's key), so the page's first chunk does not carry this.
const wireRole = z.looseObject({
  id: z.string(),
  title: z.optional(z.string()),
  name: z.optional(z.string()),
  description: z.nullish(z.string()),
});
/** Get Roles Info's exact shape is not documented publicly: accept a flat list or Wix's grouped one. */
const rolesResponse = z.pipe(
  z
    .looseObject({
      roles: z.optional(z.array(wireRole)),
      predefinedRoles: z.optional(z.array(z.looseObject({ roles: z.array(wireRole) }))),
      customRoles: z.optional(z.array(wireRole)),
    })
    .check(z.refine((body) => body.roles !== undefined || body.predefinedRoles !== undefined, 'no roles in the response')),
  z.transform((body) =>
    [...(body.roles ?? []), ...(body.predefinedRoles ?? []).flatMap((g) => g.roles), ...(body.customRoles ?? [])].map((r): Role => ({
      id: r.id,
      title: r.title ?? r.name ?? r.id,
      description: r.description ?? '',
    })),
  ),
);

/**
 * Get Roles Info: an account-level API ("in the requesting account"), so only the backend calls it, with the
 * owner's key and, when the app knows it, the account's id in `wix-account-id` (as Wix's account APIs take it).
 */
export async function rolesInfo(client: AnyClient, accountId?: string): Promise<Role[]> {
  const action = 'load the site roles';
  const init = accountId ? { headers: { 'wix-account-id': accountId } } : undefined;
  return parseWix(rolesResponse, await rolesManagement(client)(action, '/roles', init), action);
}
