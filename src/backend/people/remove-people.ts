import { normalizeEmail } from '../../access/people';
import type { BulkRemovalResult, RemovePeopleInput } from '../../contract/people';
import { loadRemovalSite, removePeopleOneByOne } from '../../operations/bulk-removal';
import { backendContext } from '../backend-context';
import { BackendRefusal } from '../backend-result';
import type { Call } from '../commands';
import { refuse } from '../identity/guard';

/**
 * Bulk removal as one command: the people are found among the contributors Wix lists now, never the caller,
 * then removed one by one with the reason (each guarded against removing the owner or the last admin,
 * counting the removals before it) and checked with Wix afterwards.
 */
export async function removePeople({ platform, me }: Call, input: RemovePeopleInput): Promise<BulkRemovalResult> {
  const reason = input.reason.trim();
  if (reason === '') throw new BackendRefusal({ kind: 'invalid', message: 'Give a reason: it is kept in the access log.' });
  const context = backendContext(platform, me.name);
  const site = await loadRemovalSite(context);
  const targets = site.people.filter((p) => input.accountIds.includes(p.accountId));
  if (targets.some((p) => p.accountId === me.accountId || (me.email !== '' && normalizeEmail(p.email) === normalizeEmail(me.email)))) {
    await refuse(platform, me, "You can't remove your own access here.");
  }
  return removePeopleOneByOne(context, { targets, reason }, site);
}
