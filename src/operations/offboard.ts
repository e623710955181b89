import { describeInvite, type InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Contributor, type Role } from '../access/people';
import { WixError } from '../wix/errors';
import { closeOpenPasses } from './close-passes';
import { cancelInvite } from './invites';
import type { OperationContext } from './log';
import { removePerson } from './people';

export interface OffboardRemoval {
  person: Contributor;
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  reason: string;
}

export interface OffboardOutcome {
  /** `already-removed`: Wix answered 404, the person had been removed elsewhere. */
  removal: 'removed' | 'already-removed';
  invitesCancelled: number;
  passesClosed: number;
  /** Follow-ups that failed (an invite or pass left open); the removal itself stands. */
  problems: string[];
}

/** Pending invites to the person's email sent after they joined (the one they accepted is used up). */
export function leftoverInvites(person: Contributor, invites: readonly InviteRecord[], now: Date): InviteRecord[] {
  const email = normalizeEmail(person.email);
  return invites.filter(
    (record) =>
      email !== '' &&
      normalizeEmail(record.email) === email &&
      (!person.joinedAt || record.sentAt > person.joinedAt) &&
      describeInvite(record, [], now).state === 'pending',
  );
}

/**
 * The offboarding's removal: removes the person through Wix (owner and last-admin guards first),
 * revokes any pending invite to the same email and closes any open support pass.
 * A 404 from Wix means they were removed elsewhere: the follow-ups still run.
 * Any other failure is thrown and nothing else is done.
 */
export async function offboardPerson(context: OperationContext, removal: OffboardRemoval): Promise<OffboardOutcome> {
  const { person, reason } = removal;
  const leftover = leftoverInvites(person, removal.invites, context.clock());
  const problems: string[] = [];
  let outcome: OffboardOutcome['removal'] = 'removed';
  try {
    problems.push(...(await removePerson(context, { ...removal, invites: leftover })));
  } catch (error) {
    if (!(error instanceof WixError) || error.kind !== 'not-found') throw error;
    outcome = 'already-removed';
    for (const record of leftover) {
      await cancelInvite(context, record, `Removed from the site: ${reason}`).catch((e: Error) => problems.push(e.message));
    }
  }
  const invitesCancelled = leftover.length - problems.length;
  let passesClosed = 0;
  try {
    const passes = await closeOpenPasses(context, person.email, `Removed from the site: ${reason}`);
    passesClosed = passes.closed;
    problems.push(...passes.problems);
  } catch (error) {
    problems.push(`Couldn't check for open support passes: ${(error as Error).message}`);
  }
  return { removal: outcome, invitesCancelled, passesClosed, problems };
}
