import { z } from 'zod';
import { grantSchema } from '../../access/support-pass';
import { claimEvent, settleEvent } from '../../operations/handled-events';
import { markInvitesUsed, recordJoined } from '../../operations/record-joined';
import { COLLECTIONS } from '../../wix/collections';
import { wireContributorSchema } from '../../wix/contributors';
import { backendContext } from '../backend-context';
import type { BackendPlatform } from '../platform';

/** Who the log names for what the app recorded from a Wix event. */
export const EVENT_ACTOR = 'Site Access (Wix event)';

/** Contributor Created, as Wix's REST webhook body carries it (`createdEvent.entity` is the contributor). */
const createdEvent = z.looseObject({ id: z.string().min(1), createdEvent: z.object({ entity: wireContributorSchema }) });

/**
 * Someone joined the site: a pass waiting for its vendor turns active and the log says so, without the
 * page being open. Matched by the email invited (`invitedEmail`) or the account's email; joining under a
 * different email than the one invited is flagged in the log line.
 */
export async function handleContributorCreated(platform: BackendPlatform, raw: unknown): Promise<string> {
  const parsed = createdEvent.safeParse(raw);
  if (!parsed.success) {
    console.warn('Site Access: ignored a Contributor Created event it could not read.');
    return 'malformed';
  }
  const context = backendContext(platform, EVENT_ACTOR);
  const person = parsed.data.createdEvent.entity;
  const eventId = parsed.data.id;
  if (!(await claimEvent(context, eventId, 'contributor-created', person.accountId))) return 'duplicate';
  try {
    const grants = await context.gateway.records.list(COLLECTIONS.grants, grantSchema);
    let joined = 0;
    for (const grant of grants) if (await recordJoined(context, grant, [person])) joined += 1;
    const used = await markInvitesUsed(context, person);
    const outcome = joined > 0 ? `activated ${joined}` : used > 0 ? `invite used` : 'no pass';
    await settleEvent(context, eventId, 'contributor-created', person.accountId, outcome);
    return outcome;
  } catch (error) {
    await settleEvent(context, eventId, 'contributor-created', person.accountId, null);
    throw error;
  }
}
