import { sameEmail, type AccessRequest } from '../../access/requests/access-request';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import { whoAmI } from '../identity/who-am-i';
import type { BackendPlatform } from '../platform';
import { allRequests } from './request-records';
import { NOT_ON_SITE } from './submit-request';

/** The requests the caller made, or that are for their email (read as the app; only these are returned). */
export async function myAccessRequests(platform: BackendPlatform): Promise<AccessRequest[]> {
  const me = await whoAmI(platform);
  if (!me.signedIn) throw new BackendRefusal({ kind: 'not-allowed', message: NOT_ON_SITE });
  const all = await allRequests(backendContext(platform, me.name));
  return all.filter((r) => r.requesterAccountId === me.accountId || sameEmail(r.email, me.email));
}
