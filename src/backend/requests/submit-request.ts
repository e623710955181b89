import { accessRequestSchema, isOpenRequest, sameEmail, type AccessRequest } from '../../access/requests/access-request';
import { validateRequest } from '../../access/requests/request-input';
import { formatDate } from '../../access/format';
import { normalizeEmail, roleTitles, rolesFromPeople } from '../../access/people';
import { tracked } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';
import { inviteRecordSchema } from '../../access/invite-records';
import { grantSchema } from '../../access/support-pass';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import { whoAmI } from '../identity/who-am-i';
import type { BackendPlatform } from '../platform';
import { allRequests, refreshOwnerTask } from './request-records';

export const NOT_ON_SITE =
  "You're no longer a contributor of this site (or your sign-in has expired), so you can't ask for access here. Sign in again, or ask the site owner directly.";

const refuse = (kind: 'invalid' | 'conflict' | 'not-allowed', message: string) => new BackendRefusal({ kind, message });

/**
 * A signed-in contributor asks for access (for themselves or someone else). The requester is whoever the
 * token names, never a field of the request. Refused: nobody signed in (a removed contributor's stale
 * token), bad input, an open request for the same email, an email that already has access.
 */
export async function submitAccessRequest(
  platform: BackendPlatform,
  input: unknown,
): Promise<{ request: AccessRequest; ownerTask: boolean }> {
  const me = await whoAmI(platform);
  if (!me.signedIn) throw refuse('not-allowed', NOT_ON_SITE);
  const context = backendContext(platform, me.name);
  const valid = validateRequest(input, context.clock());
  if (!valid.ok) throw refuse('invalid', valid.message);
  const request = valid.value;
  const { records, contributors } = context.gateway;
  const [existing, people, catalogue, invites, passes] = await Promise.all([
    allRequests(context),
    contributors.query(),
    contributors.roles().catch(() => null),
    records.list(COLLECTIONS.invites, inviteRecordSchema),
    records.list(COLLECTIONS.grants, grantSchema),
  ]);
  const open = existing.find((r) => isOpenRequest(r) && sameEmail(r.email, request.email));
  if (open)
    throw refuse(
      'conflict',
      `There is already an open request for ${request.email} (asked ${formatDate(open.createdAt)} by ${open.requesterName}). Wait for the owner's decision.`,
    );
  const holder = people.find((p) => [p.email, p.invitedEmail ?? ''].some((e) => sameEmail(e, request.email)));
  if (holder) {
    const role = roleTitles(holder.roleIds, rolesFromPeople(people, catalogue ?? []));
    const same = role === request.roleTitle ? ' already has that role' : ` already has access (${role})`;
    throw refuse(
      'conflict',
      `${holder.name || request.email}${same}. A request gives new access; ask the owner to change a role in the Access review.`,
    );
  }
  const now = context.clock().getTime();
  const invited = invites.find((i) => i.status === 'pending' && i.expiresAt.getTime() > now && sameEmail(i.email, request.email));
  if (invited)
    throw refuse(
      'conflict',
      `${request.email} already has a pending invite (${invited.roleTitle}, sent ${formatDate(invited.sentAt)}). Ask the owner to resend or cancel it.`,
    );
  const pass = passes.find((g) => ['approved', 'awaiting-invite', 'invited'].includes(g.status) && sameEmail(g.email, request.email));
  if (pass)
    throw refuse(
      'conflict',
      `${request.email} already has a support pass (${pass.roleTitle}) until ${formatDate(pass.expiresAt)}. Ask the owner to extend it instead.`,
    );
  const { until, ...fields } = request;
  const saved = await tracked(
    context,
    {
      action: 'access-requested',
      subjectEmail: normalizeEmail(request.email),
      role: request.roleTitle,
      reason: request.justification,
      detail: `${until ? `Until ${formatDate(until)}` : 'Permanent'}${request.department ? ` · ${request.department}` : ''}`,
    },
    () =>
      context.gateway.records.insert(COLLECTIONS.accessRequests, accessRequestSchema, {
        ...fields,
        ...(until ? { until } : {}),
        via: 'app',
        requesterAccountId: me.accountId,
        requesterName: me.name,
        requesterEmail: me.email,
        status: 'open',
        createdAt: context.clock(),
        awaitingInvite: false,
      }),
  );
  return { request: saved, ownerTask: await refreshOwnerTask(context) };
}
