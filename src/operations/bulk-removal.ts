import type { Contributor } from '../access/people';
import { WixError } from '../wix/errors';
import { logIntent, logOutcome, type OperationContext } from './log';
import { AccessChangeRefused, removePerson } from './people';
import { readRolesNow, type SiteNow } from '../backend/site/site-now';
import { listInvites } from '../wix/app-records';
import type { BulkRemovalResult, RemovalOutcome } from '../contract/people';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function removeOne(context: OperationContext, person: Contributor, site: RemovalSite, reason: string) {
  const current = site.people.find((p) => p.accountId === person.accountId);
  if (!current) return { person, status: 'already-gone', detail: 'Already gone: Wix no longer lists them.' } as const;
  try {
    const problems = await removePerson(context, {
      person: current,
      people: site.people,
      roles: site.roles,
      reason,
      invites: site.invites,
    });
    site.people = site.people.filter((p) => p.accountId !== person.accountId);
    return { person, status: 'removed', detail: problems.length ? `Removed. ${problems.join(' ')}` : 'Removed.' } as const;
  } catch (error) {
    if (error instanceof AccessChangeRefused) return { person, status: 'refused', detail: error.message } as const;
    if (error instanceof WixError && error.kind === 'not-found') return { person, status: 'already-gone', detail: error.message } as const;
    return { person, status: 'failed', detail: message(error) } as const;
  }
}

/** Who Wix lists, the roles the app knows and the invites it recorded: what each removal is guarded against. */
export type RemovalSite = Pick<SiteNow, 'people' | 'roles' | 'invites'>;

export async function loadRemovalSite(context: OperationContext): Promise<RemovalSite> {
  const [{ people, roles }, invites] = await Promise.all([readRolesNow(context), listInvites(context.gateway)]);
  return { people, roles, invites };
}

async function logStillListed(context: OperationContext, person: Contributor) {
  const entry = await logIntent(context, { action: 'removed', subjectEmail: person.email, subjectName: person.name });
  await logOutcome(context.gateway, entry, 'failed', 'Still listed by Wix after the removal (bulk removal check).');
}

/** Checks with Wix who is still listed, and corrects the outcomes (a lost answer may hide a removal). */
async function verify(context: OperationContext, outcomes: RemovalOutcome[]): Promise<BulkRemovalResult> {
  let listed: Set<string>;
  try {
    listed = new Set((await context.gateway.contributors.query()).map((p) => p.accountId));
  } catch (error) {
    return { outcomes, verified: false, verifyProblem: `Couldn't check the result with Wix: ${message(error)}` };
  }
  const checked = await Promise.all(
    outcomes.map(async (outcome): Promise<RemovalOutcome> => {
      const present = listed.has(outcome.person.accountId);
      if (outcome.status === 'removed' && present) {
        await logStillListed(context, outcome.person).catch(() => undefined);
        return {
          ...outcome,
          status: 'still-listed',
          detail: 'Wix still lists them after the removal. Remove them in Roles & Permissions.',
        };
      }
      if (outcome.status === 'failed' && !present)
        return {
          ...outcome,
          status: 'removed',
          detail: `Removed: Wix no longer lists them, although the answer was lost (${outcome.detail})`,
        };
      return outcome;
    }),
  );
  return { outcomes: checked, verified: true, verifyProblem: null };
}

/**
 * Removes people one by one with one reason (the guide: remove one by one, document each, verify
 * all removed). Each removal is guarded and logged by `removePerson`; a failure does not stop the
 * rest. Afterwards Wix is asked again who is still listed.
 */
export async function removePeopleOneByOne(
  context: OperationContext,
  request: { targets: readonly Contributor[]; reason: string },
  known?: RemovalSite,
): Promise<BulkRemovalResult> {
  // A copy: each removal takes the person off it, so the next one's last-admin guard counts it.
  const site = { ...(known ?? (await loadRemovalSite(context))) };
  const outcomes: RemovalOutcome[] = [];
  for (const person of request.targets) outcomes.push(await removeOne(context, person, site, request.reason));
  return verify(context, outcomes);
}
