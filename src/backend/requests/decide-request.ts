import { apiKeyStatus } from '../api-key/connection';
import { formatDate } from '../../access/format';
import { isPermanent, NOT_SURE_ROLE, recheckDate, sameEmail, type AccessRequest } from '../../access/requests/access-request';
import { decisionReasonField, REQUESTABLE_ROLES } from '../../access/requests/request-input';
import { tracked, type OperationContext } from '../../operations/log';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import { refuse } from '../identity/guard';
import type { Call } from '../commands';
import type { Me } from '../../contract/me';
import type { BackendPlatform } from '../platform';
import { markInviteSent, provisionRequest } from './provision-request';
import type { Provisioned } from '../../contract/answers';
import { currentRequest, refreshOwnerTask, saveRequest } from './request-records';
import { readPolicy } from './request-policy';

const invalid = (message: string) => new BackendRefusal({ kind: 'invalid', message });

/** The caller may decide this request: a manager, not the requester, not the person it is for. */
async function deciding(
  { platform, me }: Call,
  requestId: string,
  what: string,
): Promise<{ me: Me; context: OperationContext; request: AccessRequest }> {
  const context = backendContext(platform, me.name);
  const request = await currentRequest(context, requestId);
  if (request.requesterAccountId === me.accountId || sameEmail(me.email, request.requesterEmail))
    await refuse(platform, me, `You can't ${what} your own request.`, request.email);
  if (sameEmail(me.email, request.email)) await refuse(platform, me, `You can't ${what} a request for your own access.`, request.email);
  return { me, context, request };
}

function reasonOf(reason: unknown): string {
  const parsed = decisionReasonField.safeParse(typeof reason === 'string' ? reason : '');
  if (!parsed.success) throw invalid(parsed.error.issues[0]?.message ?? 'Give a reason.');
  return parsed.data;
}

const stillOpen = (request: AccessRequest) => {
  if (request.status !== 'open')
    throw new BackendRefusal({
      kind: 'conflict',
      message: `This request was already ${request.status}${request.decidedBy ? ` by ${request.decidedBy}` : ''}. Reload to see it.`,
    });
};

/**
 * Approves (with a reason, and the role when the requester was not sure), then sets the access up. When the
 * owner asked for a second approver, the first approval is recorded and the request waits for another
 * owner or co-owner; both approvals are kept on the request and in the log.
 */
export async function approveAccessRequest(call: Call, requestId: string, roleTitle: unknown, reason: unknown): Promise<Provisioned> {
  const { me, context, request } = await deciding(call, requestId, 'approve');
  stillOpen(request);
  if (request.firstApprovedByAccountId === me.accountId) {
    await refuse(
      call.platform,
      me,
      'You already approved this request; a second approver (another owner or co-owner) must approve it too.',
      request.email,
    );
  }
  const why = reasonOf(reason);
  const chosen = request.firstApprovedBy
    ? request.roleTitle
    : typeof roleTitle === 'string' && roleTitle !== ''
      ? roleTitle
      : request.roleTitle;
  if (chosen === NOT_SURE_ROLE || !REQUESTABLE_ROLES.includes(chosen as (typeof REQUESTABLE_ROLES)[number]))
    throw invalid('Choose the role to give before approving.');
  const now = context.clock();
  if (request.until && request.until.getTime() <= now.getTime())
    throw invalid(`This request asked for access until ${formatDate(request.until)}, which has passed. Decline it and ask for a new one.`);
  const asked = `Requested by ${request.requesterName}: ${request.justification}`;
  const policy = await readPolicy(context);
  if (policy.secondApproval && !request.firstApprovedBy) {
    const first: AccessRequest = {
      ...request,
      roleTitle: chosen,
      firstApprovedBy: me.name,
      firstApprovedByAccountId: me.accountId,
      firstApprovedAt: now,
      firstApprovalReason: why,
    };
    const saved = await tracked(
      context,
      {
        action: 'request-approved',
        subjectEmail: request.email,
        role: chosen,
        reason: why,
        detail: `First approval; waiting for a second approver. ${asked}`,
      },
      () => saveRequest(context, first),
    );
    return { request: saved };
  }
  const approved: AccessRequest = {
    ...request,
    status: 'approved',
    roleTitle: chosen,
    decidedBy: me.name,
    decidedByAccountId: me.accountId,
    decidedAt: now,
    decisionReason: why,
    ...(isPermanent(request) ? { recheckBy: recheckDate(now) } : {}),
  };
  const second = request.firstApprovedBy ? `Second approval (first: ${request.firstApprovedBy}). ` : '';
  const saved = await tracked(
    context,
    { action: 'request-approved', subjectEmail: request.email, role: chosen, reason: why, detail: `${second}${asked}` },
    () => saveRequest(context, approved),
  );
  const result = await provisionRequest(context, saved, apiKeyStatus(call.platform).connected);
  await refreshOwnerTask(context);
  return result;
}

export async function declineAccessRequest(call: Call, requestId: string, reason: unknown): Promise<AccessRequest> {
  const { me, context, request } = await deciding(call, requestId, 'decline');
  stillOpen(request);
  const why = reasonOf(reason);
  const declined: AccessRequest = {
    ...request,
    status: 'declined',
    decidedBy: me.name,
    decidedByAccountId: me.accountId,
    decidedAt: context.clock(),
    decisionReason: why,
  };
  const saved = await tracked(
    context,
    {
      action: 'request-declined',
      subjectEmail: request.email,
      role: request.roleTitle,
      reason: why,
      detail: `Requested by ${request.requesterName}: ${request.justification}`,
    },
    () => saveRequest(context, declined),
  );
  await refreshOwnerTask(context);
  return saved;
}

/** Tries again to set up approved access whose provisioning failed. */
export async function provisionAgain(call: Call, requestId: string): Promise<Provisioned> {
  const { context, request } = await deciding(call, requestId, 'set up');
  if (request.status !== 'approved')
    throw new BackendRefusal({
      kind: 'conflict',
      message: `This request is ${request.status}; there is nothing to set up. Reload to see it.`,
    });
  return provisionRequest(context, request, apiKeyStatus(call.platform).connected);
}

/** Guided permanent access: the owner sent the invite in Roles & Permissions. */
export async function requestInviteSent(call: Call, requestId: string): Promise<AccessRequest> {
  const { context, request } = await deciding(call, requestId, 'set up');
  if (request.status !== 'approved' || !request.awaitingInvite)
    throw new BackendRefusal({ kind: 'conflict', message: 'This request is not waiting for an invite. Reload to see it.' });
  return markInviteSent(context, request);
}
