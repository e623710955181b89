import { z } from '../../access/zod';
import type { Contributor } from '../../access/people';
import { contributorsApi } from '../../wix/contributors';
import type { BackendPlatform } from '../platform';

/** The signed-in person, as the page shows and the backend checks them. */
export const meSchema = z.object({
  signedIn: z.boolean(),
  accountId: z.string(),
  name: z.string(),
  email: z.string(),
  /** Owner or Admin (Co-Owner): Wix lets them change who has access. */
  canManage: z.boolean(),
  /** The site owner; null when Wix does not say (no manager's view of the list). */
  isOwner: z.nullable(z.boolean()),
});
export type Me = z.infer<typeof meSchema>;

export const NOBODY: Me = { signedIn: false, accountId: '', name: 'Nobody signed in', email: '', canManage: false, isOwner: null };

const canChange = (c: Contributor) => (c.callerCapabilities ?? []).length > 0;

/**
 * Who is calling: Wix's token info for the caller → the contributor with that user id. Whether they may
 * manage access is what Wix itself lets them do: a manager (owner or co-owner) sees change / remove
 * capabilities on the others; the owner's own row is the one nobody can change. A stale or forged token
 * (Wix's token info says it is not active: e.g. someone no longer on the site) is nobody.
 */
export async function whoAmI(platform: BackendPlatform): Promise<Me> {
  const caller = await platform.caller();
  if (!caller || caller.subjectType !== 'USER') return NOBODY;
  // A failure here (Wix down, the app missing its permission) is an error to show, not "nobody".
  const people = await contributorsApi(platform.callerClient()).query();
  const me = people.find((p) => p.accountId === caller.subjectId);
  if (!me) return NOBODY;
  const others = people.filter((p) => p !== me);
  // A site always has an owner: someone alone on it is the owner.
  const canManage = others.length === 0 || people.some(canChange);
  const owner = canManage ? people.filter((p) => !canChange(p)) : [];
  const isOwner = others.length === 0 ? true : owner.length === 1 ? owner[0] === me : null;
  return { signedIn: true, accountId: me.accountId, name: me.name, email: me.email, canManage, isOwner };
}
