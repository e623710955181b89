import { documentedStanding } from '../../access/people';
import { contributorsApi } from '../../wix/contributors';
import { WixError } from '../../wix/errors';
import type { BackendPlatform } from '../platform';
import { NOBODY, OWNER_UNNAMED, type Me } from '../../contract/me';

const refused = (error: unknown) => error instanceof WixError && (error.status === 401 || error.status === 403);

/**
 * Who is calling, from documented fields only (docs/wix-platform.md, "Who is signed in"):
 * 1. Token Info names a USER by their Wix user id (`subjectId`).
 * 2. The app (not the caller) lists the contributors; a contributor's documented `id` is their user id.
 *    A contributor is the owner or a co-owner when one of their roles has Wix's documented Owner or
 *    Co-Owner role id; anyone else listed is a contributor who may not manage access.
 * 3. Someone Wix signed in to this site's dashboard who is not listed is the owner — Wix defines a
 *    contributor as a user with access to a site *owned by a separate account* — provided Wix still lets
 *    them list the site's people with their own token (someone just removed is refused there).
 * Never `callerCapabilities`: Wix does not document its values.
 */
export function whoAmI(platform: BackendPlatform): Promise<Me> {
  const once = platform.callerOnce;
  if (!once) return identify(platform);
  once.me ??= identify(platform);
  return once.me;
}

async function identify(platform: BackendPlatform): Promise<Me> {
  const caller = await platform.caller();
  if (!caller || caller.subjectType !== 'USER') return NOBODY;
  // A failure here (Wix down, the app missing its permission) is an error to show, not "nobody".
  const people = await contributorsApi(platform.appClient()).query();
  const me = people.find((p) => p.userId === caller.subjectId);
  if (me) {
    const standing = documentedStanding(me);
    const basis =
      standing === 'owner'
        ? "Wix lists you with the site's Owner role."
        : standing === 'co-owner'
          ? 'Wix lists you with the Admin (Co-Owner) role.'
          : 'Wix lists you as a contributor without the Owner or Admin (Co-Owner) role.';
    return {
      signedIn: true,
      accountId: me.accountId,
      userId: me.userId ?? caller.subjectId,
      name: me.name,
      email: me.email,
      canManage: standing !== null,
      isOwner: standing === 'owner',
      basis,
    };
  }
  try {
    await contributorsApi(platform.callerClient()).query();
  } catch (error) {
    if (refused(error)) return NOBODY;
    throw error;
  }
  return {
    // Not listed, so no account id: the user id stands in wherever the app records who decided.
    signedIn: true,
    accountId: caller.subjectId,
    userId: caller.subjectId,
    name: OWNER_UNNAMED,
    email: '',
    canManage: true,
    isOwner: true,
    basis: "You are signed in to this site's dashboard and not among its contributors, which Wix says only the owner can be.",
  };
}
