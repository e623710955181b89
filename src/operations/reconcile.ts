import { z } from 'zod';
import { logEntrySchema, type LogEntry } from '../access/access-log';
import { inviteRecordSchema } from '../access/invite-records';
import { rolesFromPeople } from '../access/people';
import { isStalePending, judgePending, undetectedAcceptances, type SiteFacts } from '../access/reconcile-rules';
import { COLLECTIONS } from '../wix/collections';
import { logDone, type OperationContext } from './log';

export interface Reconciliation {
  /** The log after reconciliation, newest first. */
  entries: LogEntry[];
  /** Pending entries older than a minute that were checked against Wix. */
  checked: number;
  confirmed: number;
  failed: number;
  /** Invites found accepted and logged now. */
  acceptances: number;
  /** Why reconciliation could not finish (the entries it could not close stay pending). */
  problem: string | null;
}

const passStatus = z.looseObject({ _id: z.string(), status: z.string() });

async function siteFacts({ gateway }: OperationContext, needPasses: boolean): Promise<SiteFacts> {
  const [people, catalogue, invites, passes] = await Promise.all([
    gateway.contributors.query(),
    gateway.contributors.roles(),
    gateway.records.list(COLLECTIONS.invites, inviteRecordSchema),
    needPasses ? gateway.records.list(COLLECTIONS.grants, passStatus) : Promise.resolve([]),
  ]);
  return { people, roles: catalogue ?? rolesFromPeople(people), invites, passes };
}

const newestFirst = (entries: LogEntry[]) => [...entries].sort((a, b) => b.at.getTime() - a.at.getTime());

/**
 * Nothing lost: `pending` entries older than a minute are checked against Wix and closed as
 * done or failed (only `outcome` and `detail` change), and invites found accepted get their
 * "Invite accepted" entry. Runs whenever the access log is opened.
 */
export async function reconcileLog(context: OperationContext, log: readonly LogEntry[]): Promise<Reconciliation> {
  const now = context.clock();
  const stale = log.filter((entry) => isStalePending(entry, now));
  const result: Reconciliation = { entries: [...log], checked: stale.length, confirmed: 0, failed: 0, acceptances: 0, problem: null };
  let facts: SiteFacts;
  try {
    facts = await siteFacts(context, stale.some((e) => e.action === 'pass-revoked'));
  } catch (error) {
    return { ...result, checked: 0, problem: (error as Error).message };
  }
  const problems: string[] = [];
  const closed = stale.map((entry) => logEntrySchema.parse({ ...entry, ...judgePending(entry, facts) }));
  const closedById = new Map<string, LogEntry>();
  try {
    // One bulk call (per 1,000 entries), not one write per entry: gentle on Wix's rate limits.
    const notWritten = await context.gateway.records.updateMany(COLLECTIONS.accessLog, closed);
    closed.forEach((entry, index) => {
      const problem = notWritten[index];
      if (problem !== undefined) {
        problems.push(problem);
      } else {
        closedById.set(entry._id, entry);
        if (entry.outcome === 'done') result.confirmed += 1;
        else result.failed += 1;
      }
    });
  } catch (error) {
    problems.push((error as Error).message);
  }
  result.entries = result.entries.map((e) => closedById.get(e._id) ?? e);
  for (const view of undetectedAcceptances(facts, log, now)) {
    const joined = view.acceptedBy;
    if (!joined) continue;
    try {
      const entry = await logDone(context, {
        action: 'accepted', subjectEmail: view.record.email, subjectName: joined.name, role: view.record.roleTitle,
        reason: view.record.reason, grantId: view.record.grantId,
        detail: `Invite ${view.record.inviteId} accepted; joined as ${joined.email}.`,
      });
      result.entries.push(entry);
      result.acceptances += 1;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { ...result, entries: newestFirst(result.entries), problem: problems[0] ?? null };
}
