import { z } from 'zod';
import { logEntrySchema, type LogEntry } from '../access/access-log';
import { inviteRecordSchema, type InviteRecord } from '../access/invite-records';
import { rolesFromPeople } from '../access/people';
import { isStalePending, judgeFailed, judgePending, needsRecheck, undetectedAcceptances, type SiteFacts } from '../access/reconcile-rules';
import { closureOf, foldLog, isClosure } from '../access/log-fold';
import { COLLECTIONS } from '../wix/collections';
import type { Condition } from '../wix/records';
import { logDone, type OperationContext } from './log';
import { markInvitesUsed } from './record-joined';
import { acceptedEntriesFor, closuresSince, failedToRecheck, laterEntriesFor, stalePending } from './reconcile-queries';

export interface Reconciliation {
  /** The entries reconciliation read, closed or wrote, newest first (`reconcileLog`: the whole log given). */
  entries: LogEntry[];
  /** Pending entries older than a minute that were checked against Wix. */
  checked: number;
  confirmed: number;
  failed: number;
  /** Failed entries checked against Wix again (they may have happened although the answer was lost). */
  rechecked: number;
  /** Of those, how many Wix showed done: corrected, with a line saying so. */
  corrected: number;
  /** Invites found accepted and logged now. */
  acceptances: number;
  /** Why reconciliation could not finish (the entries it could not close stay pending). */
  problem: string | null;
}

type Acceptance = ReturnType<typeof undetectedAcceptances>[number];
const passStatus = z.looseObject({ _id: z.string(), status: z.string(), expiresAt: z.coerce.date().optional() });
const newestFirst = (entries: LogEntry[]) => [...entries].sort((a, b) => b.at.getTime() - a.at.getTime());
const emptyResult = (entries: LogEntry[]): Reconciliation => ({
  entries,
  checked: 0,
  confirmed: 0,
  failed: 0,
  rechecked: 0,
  corrected: 0,
  acceptances: 0,
  problem: null,
});
/** Entries whose verdict needs the passes' records. */
const needsPasses = (entries: LogEntry[]) => entries.some((e) => e.action === 'pass-revoked' || e.action === 'extended');

async function people({ gateway }: OperationContext) {
  const [found, catalogue] = await Promise.all([gateway.contributors.query(), gateway.contributors.roles()]);
  return { people: found, roles: catalogue ?? rolesFromPeople(found) };
}

const records = ({ gateway }: OperationContext, needPasses: boolean) =>
  Promise.all([
    gateway.records.list(COLLECTIONS.invites, inviteRecordSchema),
    needPasses ? gateway.records.list(COLLECTIONS.grants, passStatus) : Promise.resolve([]),
  ]);

/** What to check: stale pending entries, failed ones to check again, and the entries after them that may supersede them. */
interface ToCheck {
  stale: LogEntry[];
  failed: LogEntry[];
  later: readonly LogEntry[];
}

/**
 * Closes the stale entries and corrects the failed ones Wix shows done (one bulk write per 1,000) and
 * logs the acceptances; counts what happened.
 */
async function settle(context: OperationContext, { stale, failed, later }: ToCheck, facts: SiteFacts, acceptances: Acceptance[]) {
  const result = emptyResult([]);
  result.checked = stale.length;
  result.rechecked = failed.length;
  const problems: string[] = [];
  const closed = [
    ...stale.map((entry) => logEntrySchema.parse({ ...entry, ...judgePending(entry, facts) })),
    ...failed.map((entry) => logEntrySchema.parse({ ...entry, ...judgeFailed(entry, facts, later) })),
  ];
  try {
    // One backend call for all of them: each verdict is a closing entry appended to the chain.
    const notWritten = closed.length
      ? await context.gateway.log.append(
          closed.map((entry) => closureOf(entry, entry.outcome === 'failed' ? 'failed' : 'done', entry.detail, context.clock())),
        )
      : [];
    closed.forEach((entry, index) => {
      const answer = notWritten[index];
      if (answer && 'problem' in answer) return void problems.push(answer.problem);
      result.entries.push(entry);
      if (index >= stale.length) result.corrected += entry.outcome === 'done' ? 1 : 0;
      else if (entry.outcome === 'done') result.confirmed += 1;
      else result.failed += 1;
    });
  } catch (error) {
    problems.push((error as Error).message);
  }
  for (const view of acceptances) {
    const joined = view.acceptedBy;
    // A support pass's invite: the pass records the join and logs it once (repair-passes → recordJoined).
    if (!joined || view.record.grantId) continue;
    try {
      result.entries.push(
        await logDone(context, {
          action: 'accepted',
          subjectEmail: view.record.email,
          subjectName: joined.name,
          role: view.record.roleTitle,
          reason: view.record.reason,
          grantId: view.record.grantId,
          detail: `Invite ${view.record.inviteId} accepted; joined as ${joined.email}.`,
        }),
      );
      result.acceptances += 1;
      if (view.record.status === 'pending') await markInvitesUsed(context, joined).catch(() => 0);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return { ...result, problem: problems[0] ?? null };
}

/**
 * Nothing lost: `pending` entries older than a minute are checked against Wix and closed as
 * done or failed (a closing entry is appended; the intent is never edited), and invites found accepted
 * get their "Invite accepted" entry. Works on a log already loaded, closing entries included
 * (`reconcileOnOpen` reads only what it needs).
 */
export async function reconcileLog(context: OperationContext, raw: readonly LogEntry[]): Promise<Reconciliation> {
  const now = context.clock();
  const log = foldLog(raw, raw.filter(isClosure));
  const stale = log.filter((entry) => isStalePending(entry, now));
  const failed = log.filter((entry) => needsRecheck(entry, now));
  let facts: SiteFacts;
  try {
    const [site, [invites, passes]] = await Promise.all([people(context), records(context, needsPasses([...stale, ...failed]))]);
    facts = { ...site, invites, passes };
  } catch (error) {
    return { ...emptyResult([...log]), problem: (error as Error).message };
  }
  const result = await settle(context, { stale, failed, later: log }, facts, undetectedAcceptances(facts, log, now));
  const changed = new Map(result.entries.map((e) => [e._id, e]));
  const entries = [...log.map((e) => changed.get(e._id) ?? e), ...result.entries.filter((e) => !log.some((l) => l._id === e._id))];
  return { ...result, entries: newestFirst(entries) };
}

/**
 * The entries found, as people read them: each intent (or the intent a failed closing entry closed) with
 * its latest closure's outcome, read in one paged query of the closures written since the oldest of them.
 */
async function openOnly(context: OperationContext, all: LogEntry[]): Promise<LogEntry[]> {
  const found = all.filter((e) => e.outcome !== 'done');
  const rest = all.filter((e) => e.outcome === 'done' && !isClosure(e));
  if (found.length === 0) return rest;
  // A failed closing entry stands for its intent (it carries the intent's fields).
  const byIntent = new Map<string, LogEntry>();
  for (const e of found) {
    const id = e.closes || e._id;
    if (!byIntent.has(id)) byIntent.set(id, { ...e, _id: id, closes: undefined });
  }
  const since = new Date(Math.min(...found.map((e) => e.at.getTime())));
  const closures = await context.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { filter: [closuresSince(since)] });
  return [...rest, ...foldLog([...byIntent.values()], [...found.filter(isClosure), ...closures])];
}

/**
 * Reconciliation when the log is opened, without reading the whole log: one filtered query for the
 * stale pending entries and the "Invite accepted" entries of invites Wix shows joined (more queries
 * only past 40 joined invites). `knownInvites` and `knownPeople` may be the page's recent copies (then
 * opening the log costs no read of them); stale entries are judged against a fresh read of both.
 */
export async function reconcileOnOpen(
  context: OperationContext,
  knownInvites: () => Promise<readonly InviteRecord[]>,
  knownPeople: () => Promise<Pick<SiteFacts, 'people' | 'roles'>> = () => people(context),
): Promise<Reconciliation> {
  const now = context.clock();
  let known: SiteFacts;
  try {
    const [site, invites] = await Promise.all([knownPeople(), knownInvites()]);
    known = { ...site, invites, passes: [] };
  } catch (error) {
    return { ...emptyResult([]), problem: (error as Error).message };
  }
  const joined = undetectedAcceptances(known, [], now);
  const [first, ...more] = acceptedEntriesFor(joined.map((view) => view.record.inviteId));
  const byId = new Map<string, LogEntry>();
  const read = async (condition: Condition) => {
    for (const e of await context.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { filter: [condition] })) byId.set(e._id, e);
  };
  // A failed read of the log fails the load (the tab offers Retry), as reading the whole log did.
  await read({ anyOf: [stalePending(now), failedToRecheck(now), ...(first ? [first] : [])] });
  for (const condition of more) await read(condition);
  const found = await openOnly(context, [...byId.values()]);
  const stale = found.filter((entry) => isStalePending(entry, now));
  const failed = found.filter((entry) => needsRecheck(entry, now));
  const later = new Map<string, LogEntry>();
  let facts = known;
  if (stale.length > 0 || failed.length > 0) {
    try {
      const [site, [invites, passes]] = await Promise.all([people(context), records(context, needsPasses([...stale, ...failed]))]);
      facts = { ...site, invites, passes };
      // Only for failed entries Wix shows done, only their people, only after them: bounded like the rest.
      const happened = failed.filter((entry) => judgePending(entry, facts).outcome === 'done');
      for (const condition of laterEntriesFor(happened)) {
        for (const e of await context.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { filter: [condition] }))
          later.set(e._id, e);
      }
    } catch (error) {
      return { ...emptyResult(newestFirst(found)), problem: (error as Error).message };
    }
  }
  const result = await settle(context, { stale, failed, later: [...later.values()] }, facts, undetectedAcceptances(known, found, now));
  return { ...result, entries: newestFirst([...found.filter((e) => !result.entries.some((r) => r._id === e._id)), ...result.entries]) };
}
