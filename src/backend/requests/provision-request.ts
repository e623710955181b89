import { formatDate } from '../../access/format';
import { findRoleByTitle, type Role } from '../../access/people';
import { isPermanent, type AccessRequest } from '../../access/requests/access-request';
import type { Grant } from '../../access/support-pass';
import { titleOnlyRoles } from '../../access/wix-role-titles';
import { sendInvites } from '../../operations/invites';
import { logDone, type OperationContext } from '../../operations/log';
import { grantPass, PassInviteFailed } from '../../operations/support-passes';
import { saveRequest } from './request-records';
import type { Provisioned } from '../../contract/answers';

/**
 * The role to give: with the owner's key, the role Wix's catalogue or the owner's naming gives an id to (sent
 * with the key); otherwise its title (for a guided invite).
 */
async function roleFor(context: OperationContext, title: string, connected: boolean): Promise<{ role: Role; sendable: boolean }> {
  const catalogue = await context.gateway.contributors.roles().catch(() => null);
  const named = catalogue && findRoleByTitle(catalogue, title);
  if (named) return { role: named, sendable: connected };
  return { role: titleOnlyRoles().find((r) => r.title === title) ?? { id: `wix-title:${title}`, title, description: '' }, sendable: false };
}

const provisionedBy = (context: OperationContext) => ({ provisionedBy: context.actor, provisionedAt: context.clock(), failure: undefined });

/**
 * An approved request becomes access through the same paths as support access: temporary → a support pass
 * (guided, or sent with the connected key); permanent → an invite sent with the key (recorded like every
 * invite), or guided: the owner sends it in Roles & Permissions and says so (`markInviteSent`). A failure is
 * kept on the request, which stays approved so it can be tried again; nothing is sent twice.
 */
export async function provisionRequest(context: OperationContext, request: AccessRequest, connected: boolean): Promise<Provisioned> {
  if (request.status !== 'approved' || request.grantId || request.inviteId || request.awaitingInvite) return { request };
  const { role, sendable } = await roleFor(context, request.roleTitle, connected);
  const reason = `Access request by ${request.requesterName}: ${request.justification}`;
  try {
    if (!isPermanent(request) && request.until) {
      // Keyed by the request: a retry after the request could not be saved finds this pass, not a second one.
      const pass = {
        email: request.email,
        vendorName: '',
        role,
        ticket: '',
        reason,
        expiresAt: request.until,
        autoEnd: true,
        requestedBy: request.requesterName,
        operationId: request._id,
      };
      const grant = await grantPass(context, pass, sendable).catch((error: unknown) => {
        if (error instanceof PassInviteFailed) return error.grant;
        throw error;
      });
      const saved = await saveRequest(context, {
        ...request,
        status: 'provisioned',
        grantId: grant._id,
        ...provisionedBy(context),
        failure: grant.failure,
      });
      const how =
        grant.status === 'invited'
          ? 'invite sent with the connected API key'
          : grant.status === 'failed'
            ? `the invite failed: ${grant.failure ?? ''}`
            : 'waiting for the owner to send the invite in Roles & Permissions';
      await logDone(context, {
        action: 'request-provisioned',
        subjectEmail: request.email,
        role: role.title,
        reason: request.justification,
        grantId: grant._id,
        detail: `Support pass until ${formatDate(request.until)}; ${how}`,
      });
      return { request: saved, grant };
    }
    if (!sendable) {
      return { request: await saveRequest(context, { ...request, awaitingInvite: true, failure: undefined }) };
    }
    const outcome = await sendInvites(context, { emails: [request.email], role, reason });
    const sent = outcome.sent[0];
    if (!sent) throw new Error(outcome.failed[0]?.reason ?? 'Wix did not send the invite.');
    const saved = await saveRequest(context, {
      ...request,
      status: 'provisioned',
      inviteId: sent.inviteId ?? undefined,
      ...provisionedBy(context),
    });
    await logDone(context, {
      action: 'request-provisioned',
      subjectEmail: request.email,
      role: role.title,
      reason: request.justification,
      detail: 'Permanent access: invite sent with the connected API key',
    });
    return { request: saved };
  } catch (error) {
    const failure = `Setting up the access did not finish: ${error instanceof Error ? error.message : String(error)}`;
    return { request: await saveRequest(context, { ...request, failure }) };
  }
}

/** Guided permanent access: the owner says they sent the invite in Roles & Permissions (logged as their word). */
export async function markInviteSent(context: OperationContext, request: AccessRequest): Promise<AccessRequest> {
  const saved = await saveRequest(context, { ...request, status: 'provisioned', awaitingInvite: false, ...provisionedBy(context) });
  await logDone(context, {
    action: 'request-provisioned',
    subjectEmail: request.email,
    role: request.roleTitle,
    reason: request.justification,
    detail: 'Permanent access: the owner says they sent the invite in Wix Roles & Permissions',
  });
  return saved;
}
