import { grantSchema, type Grant } from '../../access/support-pass';
import { COLLECTIONS } from '../../wix/collections';
import { backendContext } from '../backend-context';
import { isOwnPass } from '../identity/guard';
import { whoAmI } from '../identity/who-am-i';
import type { BackendPlatform } from '../platform';

/**
 * The caller's own support passes (a vendor may see theirs, never change them). The app's records are
 * not readable from a non-manager's page, so the backend reads them as the app and returns only these.
 */
export async function myPasses(platform: BackendPlatform): Promise<Grant[]> {
  const me = await whoAmI(platform);
  if (!me.signedIn) return [];
  const context = backendContext(platform, me.name);
  const grants = await context.gateway.records.list(COLLECTIONS.grants, grantSchema, {
    orderBy: { field: 'createdAt', direction: 'desc' },
  });
  return grants.filter((grant) => grant.status !== 'declined' && isOwnPass(me, grant));
}
