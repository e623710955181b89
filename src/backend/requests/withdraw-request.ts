import type { AccessRequest } from '../../access/requests/access-request';
import { tracked } from '../../operations/log';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import { refuse } from '../identity/guard';
import { whoAmI } from '../identity/who-am-i';
import type { BackendPlatform } from '../platform';
import { currentRequest, refreshOwnerTask, saveRequest } from './request-records';
import { NOT_ON_SITE } from './submit-request';

/** The requester takes back a request nobody has decided yet. */
export async function withdrawAccessRequest(platform: BackendPlatform, requestId: string): Promise<AccessRequest> {
  const me = await whoAmI(platform);
  if (!me.signedIn) throw new BackendRefusal({ kind: 'not-allowed', message: NOT_ON_SITE });
  const context = backendContext(platform, me.name);
  const request = await currentRequest(context, requestId);
  if (request.requesterAccountId !== me.accountId)
    await refuse(platform, me, 'Only the person who asked can withdraw a request.', request.email);
  if (request.status !== 'open')
    throw new BackendRefusal({ kind: 'conflict', message: `This request was already ${request.status}; it can no longer be withdrawn.` });
  const withdrawn: AccessRequest = {
    ...request,
    status: 'withdrawn',
    decidedBy: me.name,
    decidedByAccountId: me.accountId,
    decidedAt: context.clock(),
  };
  const saved = await tracked(
    context,
    { action: 'request-withdrawn', subjectEmail: request.email, role: request.roleTitle, reason: request.justification },
    () => saveRequest(context, withdrawn),
  );
  await refreshOwnerTask(context);
  return saved;
}
