import { describeInvite, type InviteRecord } from '../access/invite-records';
import { normalizeEmail, type Contributor, type Role } from '../access/people';
import { WixError } from '../wix/errors';
import { needsKey } from '../wix/key-services';
import { closeOpenPasses } from './close-passes';
import { cancelInvite } from './invites';
import type { OperationContext } from './log';
import { leftoverInvites } from '../access/invite-records';
import { removePerson } from './people';

export interface OffboardRemoval {
  person: Contributor;
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  reason: string;
  /** Whether the owner's API key is connected (default); without it pending invites are left to the owner in Roles & Permissions. */
  connected?: boolean;
}

export interface OffboardOutcome {
  /** `already-removed`: Wix answered 404, the person had been removed elsewhere. */
  removal: 'removed' | 'already-removed';
  invitesCancelled: number;
  /** Guided: pending invites to their email the owner still has to cancel in Roles & Permissions. */
  invitesLeftToOwner?: InviteRecord[];
  /** Wix refused the connected key while cancelling (it stays connected until the owner disconnects it). */
  keyRefused?: boolean;
  passesClosed: number;
  /** Follow-ups that failed (an invite or pass left open); the removal itself stands. */
  problems: string[];
}

/**
 * The offboarding's removal: removes the person through Wix (owner and last-admin guards first),
 * revokes any pending invite to the same email (with the connected key; without one they are left to
 * the owner in Roles & Permissions) and closes any open support pass.
 * A 404 from Wix means they were removed elsewhere: the follow-ups still run.
 * Any other failure is thrown and nothing else is done.
 */
export async function offboardPerson(context: OperationContext, removal: OffboardRemoval): Promise<OffboardOutcome> {
  const { person, reason } = removal;
  const pending = leftoverInvites(person, removal.invites, context.clock());
  const connected = removal.connected ?? true;
  const problems: string[] = [];
  let outcome: OffboardOutcome['removal'] = 'removed';
  try {
    await removePerson(context, { ...removal, invites: [] });
  } catch (error) {
    if (!(error instanceof WixError) || error.kind !== 'not-found') throw error;
    outcome = 'already-removed';
  }
  const left = connected ? [] : [...pending];
  let invitesCancelled = 0;
  let keyRefused = false;
  for (const record of connected ? pending : []) {
    try {
      await cancelInvite(context, record, `Removed from the site: ${reason}`);
      invitesCancelled += 1;
    } catch (error) {
      // Wix refused the key (it stays connected until the owner disconnects it): this invite is left to the owner, like without a key.
      if (!needsKey(error)) problems.push((error as Error).message);
      else {
        keyRefused = true;
        left.push(record);
      }
    }
  }
  let passesClosed = 0;
  try {
    const passes = await closeOpenPasses(context, person.email, `Removed from the site: ${reason}`);
    passesClosed = passes.closed;
    problems.push(...passes.problems);
  } catch (error) {
    problems.push(`Couldn't check for open support passes: ${(error as Error).message}`);
  }
  const guided = left.length > 0 || !connected ? { invitesLeftToOwner: left, ...(keyRefused ? { keyRefused } : {}) } : {};
  return { removal: outcome, invitesCancelled, passesClosed, problems, ...guided };
}
