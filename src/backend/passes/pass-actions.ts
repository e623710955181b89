import { MAX_PASS_DAYS, describePass, grantSchema, type Grant } from '../../access/support-pass';
import { formatDate } from '../../access/format';
import { rolesFromPeople } from '../../access/people';
import { inviteRecordSchema } from '../../access/invite-records';
import { recordJoined } from '../../operations/record-joined';
import { extendPass, revokePass } from '../../operations/support-passes';
import { COLLECTIONS } from '../../wix/collections';
import { apiKeyStatus } from '../api-key/connection';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import { refuseOwnPass } from '../identity/guard';
import type { Call } from '../commands';
import type { BackendPlatform } from '../platform';

const OPEN: readonly Grant['status'][] = ['awaiting-invite', 'invited', 'cancel-in-wix'];
const DAY = 86_400_000;

const moved = (message: string) => new BackendRefusal({ kind: 'conflict', message });

/** The pass as Wix Data holds it now (another tab may have changed it since the page read it). */
export async function currentPass(platform: BackendPlatform, actor: string, grantId: string) {
  const context = backendContext(platform, actor);
  const [grant] = await context.gateway.records.list(COLLECTIONS.grants, grantSchema, { where: { _id: grantId } });
  if (!grant) throw moved('This support pass no longer exists. Reload the page to see the current passes.');
  return { context, grant };
}

/**
 * Extends a pass, checked here first: the caller is the owner or a co-owner, it is not their own pass,
 * the pass is still open in Wix Data (not revoked in another tab), and the new date is sound.
 */
export async function extendPassAsCaller({ platform, me }: Call, grantId: string, expiresAtIso: string, reason: string): Promise<Grant> {
  const { context, grant } = await currentPass(platform, me.name, grantId);
  await refuseOwnPass(platform, me, grant, 'extend');
  if (!OPEN.includes(grant.status))
    throw moved(`This pass was ${grant.status} in the meantime (another tab or Site Access itself). Reload to see it.`);
  const expiresAt = new Date(expiresAtIso);
  const now = context.clock().getTime();
  if (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= now)
    throw new BackendRefusal({ kind: 'invalid', message: 'Choose an end date in the future.' });
  // Extending moves the end later; ending earlier is a revoke (now), never an "extension".
  if (expiresAt.getTime() <= grant.expiresAt.getTime()) {
    throw new BackendRefusal({
      kind: 'invalid',
      message: `Choose a date after the current end, ${formatDate(grant.expiresAt)}. To end the access sooner, revoke the pass.`,
    });
  }
  if (expiresAt.getTime() > now + MAX_PASS_DAYS * DAY)
    throw new BackendRefusal({ kind: 'invalid', message: `A support pass lasts at most ${MAX_PASS_DAYS} days.` });
  const why = reason.trim();
  if (why === '' || why.length > 500)
    throw new BackendRefusal({ kind: 'invalid', message: 'Give a reason for the extension (at most 500 characters).' });
  return extendPass(context, grant, expiresAt, why);
}

/** Revokes a pass, checked here first (a manager, not their own pass, still open); Wix is read again before acting. */
export async function revokePassAsCaller({ platform, me }: Call, grantId: string): Promise<Grant> {
  const { context, grant } = await currentPass(platform, me.name, grantId);
  await refuseOwnPass(platform, me, grant, 'end');
  if (!OPEN.includes(grant.status))
    throw moved(`This pass was already ${grant.status === 'ended' ? 'ended on time' : grant.status}. Reload to see it.`);
  const { gateway } = context;
  const [people, catalogue] = await Promise.all([gateway.contributors.query(), gateway.contributors.roles()]);
  // No Wix event says when someone joins: a vendor on the site is recorded as joined (their invite used, one
  // log line) before being removed, so the invite never shows as pending afterwards.
  const current = (await recordJoined(context, grant, people)) ?? grant;
  const invites = await gateway.records.list(COLLECTIONS.invites, inviteRecordSchema);
  const key = apiKeyStatus(platform);
  const view = describePass(current, people, context.clock());
  return revokePass(context, view, { people, roles: rolesFromPeople(people, catalogue ?? []), invites }, key.connected);
}
