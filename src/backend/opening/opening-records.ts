import type { AccessRequest } from '../../access/requests/access-request';
import type { Review } from '../../access/review/review-record';
import type { Grant } from '../../access/support-pass';
import { recordJoined, waitingToJoin } from '../../operations/record-joined';
import { contributorsApi } from '../../wix/contributors';
import type { InviteRecord } from '../../access/invite-records';
import { loadReviews } from '../../wix/review-reads';
import { listAccessRequests, listGrants, listInvites } from '../../wix/app-records';
import { apiKeyStatus } from '../api-key/connection';
import { backendContext } from '../backend-context';
import { settle } from '../backend-result';
import type { BackendResult } from '../../contract/result';
import { whoAmI } from '../identity/who-am-i';
import type { Opening } from '../../contract/answers';
import type { BackendPlatform } from '../platform';

/**
 * The page's opening in one web method call: who is signed in, and the app's records the manage page
 * draws first (reviews with the open review's decisions, passes, invite records, access requests, whether
 * the owner's API key is connected). The backend reads them beside Wix (the long lists' later pages in
 * parallel), so however many records the site has the page sends three requests on open: this one, the
 * contributors and the roles catalogue. The reads start with the who-am-I, but their records are returned
 * only to someone who may manage access.
 */
export async function openingRecords(platform: BackendPlatform): Promise<Opening> {
  const { gateway } = backendContext(platform, 'Site Access');
  const reads = Promise.all([
    settle('load the reviews', () => loadReviews(gateway)),
    settle('load the support passes', () => listGrants(gateway)),
    settle('load the invites', () => listInvites(gateway)),
    settle('load the access requests', () => listAccessRequests(gateway)),
    settle('check the API key', async () => apiKeyStatus(platform)),
  ]);
  const me = await whoAmI(platform);
  if (!me.canManage) return { me, records: null };
  const [reviews, grants, invites, accessRequests, keyStatus] = await reads;
  return { me, records: { reviews, grants: await withJoinsRecorded(platform, grants), invites, accessRequests, keyStatus } };
}

/**
 * No Wix event tells the app that someone joined (Contributor Created is not offered to an app), so the
 * opening records it: a pass whose vendor is now on the site turns active, once, with its log line.
 */
async function withJoinsRecorded(platform: BackendPlatform, grants: BackendResult<Grant[]>): Promise<BackendResult<Grant[]>> {
  if (!grants.ok || !grants.value.some(waitingToJoin)) return grants;
  const context = backendContext(platform, 'Site Access');
  const people = await contributorsApi(platform.appClient())
    .query()
    .catch(() => null);
  if (!people) return grants;
  const value = await Promise.all(
    grants.value.map(async (grant) =>
      waitingToJoin(grant) ? ((await recordJoined(context, grant, people).catch(() => null)) ?? grant) : grant,
    ),
  );
  return { ok: true, value };
}
