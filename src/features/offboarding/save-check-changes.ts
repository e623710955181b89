import { offboardingSchema, roleLabel, type Offboarding } from '../../access/offboarding';
import { applyCheckChanges, changeDetail, type CheckChange } from '../../access/offboarding-checks';
import { logIntents, logOutcomes, type OperationContext } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';

/**
 * Saves a batch of security-check changes in one write, in the order they were made: a pending log
 * entry per change first (one bulk call), then the offboarding, then the entries closed.
 */
export async function saveCheckChanges(
  context: OperationContext,
  base: Offboarding,
  changes: readonly CheckChange[],
): Promise<Offboarding> {
  const intents = changes.map((change) => ({
    action: 'security-check' as const,
    subjectEmail: base.email,
    subjectName: base.name,
    role: roleLabel(base),
    reason: change.kind === 'skip' ? change.reason : '',
    detail: changeDetail(change),
  }));
  const logged = await logIntents(context, intents);
  const entries = logged.flatMap((result) => ('entry' in result ? [result.entry] : []));
  const problem = logged.find((result) => 'problem' in result);
  if (problem && 'problem' in problem) {
    await logOutcomes(
      context.gateway,
      entries.map((entry) => ({ entry, outcome: 'failed', detail: `${entry.detail} (not saved: the log refused it)` })),
    );
    throw new Error(`The access log refused the change, so it was not saved: ${problem.problem}`);
  }
  try {
    const saved = await context.gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, applyCheckChanges(base, changes));
    await logOutcomes(
      context.gateway,
      entries.map((entry) => ({ entry, outcome: 'done', detail: entry.detail })),
    );
    return saved;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await logOutcomes(
      context.gateway,
      entries.map((entry) => ({ entry, outcome: 'failed', detail: `${entry.detail} (${why})` })),
    );
    throw error;
  }
}
