import type { LogEntry } from '../access/access-log';
import { DAY_MS } from '../access/clock';
import { CHECKED_PREFIX, RECHECK_WITHIN_MS, RECHECKED_ACTIONS, RECONCILE_AFTER_MS } from '../access/reconcile-rules';
import type { Condition } from '../wix/records';
import { NOT_CLOSURE } from '../wix/log-reads';

/** The Wix Data conditions reconciliation reads the log with: only the entries that need it. */

/** How many ids one query looks up (the query travels in the URL). */
const IDS_PER_QUERY = 40;

/**
 * Intents written pending more than a minute ago, in the last 30 days. An intent stays `pending` as written
 * (its outcome is a later closing entry), so the query is bounded by time and the closures read after it
 * (`openOnly`) say which are still open.
 */
export const stalePending = (now: Date): Condition => ({
  allOf: [
    NOT_CLOSURE,
    { field: 'outcome', op: 'eq', value: 'pending' },
    { field: 'at', op: 'lt', value: new Date(now.getTime() - RECONCILE_AFTER_MS) },
    { field: 'at', op: 'ge', value: new Date(now.getTime() - RECONCILE_WITHIN_MS) },
  ],
});

/** How far back pending intents are looked for. */
export const RECONCILE_WITHIN_MS = 30 * DAY_MS;

/** Closing entries written since `since`: what closed the entries read (one paged query). */
export const closuresSince = (since: Date): Condition => ({
  allOf: [
    { field: 'closes', op: 'gt', value: '' },
    { field: 'at', op: 'ge', value: since },
  ],
});

/** Failed entries of operations Wix may have carried out, from the last week, not yet checked again. */
export const failedToRecheck = (now: Date): Condition => {
  const [first, ...rest] = RECHECKED_ACTIONS.map((action): Condition => ({ field: 'action', op: 'eq', value: action }));
  const actions: Condition = first ? { anyOf: [first, ...rest] } : { field: 'action', op: 'eq', value: '' };
  return {
    allOf: [
      { field: 'outcome', op: 'eq', value: 'failed' },
      actions,
      { field: 'at', op: 'ge', value: new Date(now.getTime() - RECHECK_WITHIN_MS) },
      { not: { field: 'detail', op: 'startsWith', value: CHECKED_PREFIX } },
    ],
  };
};

/** Entries after `since` doing one of these actions to one of these people (a later attempt supersedes a failed one). */
export function laterEntriesFor(entries: LogEntry[]): Condition[] {
  const queries: Condition[] = [];
  for (let start = 0; start < entries.length; start += IDS_PER_QUERY) {
    const chunk = entries.slice(start, start + IDS_PER_QUERY);
    const [first, ...rest] = [...new Set(chunk.map((e) => e.subjectEmail))].map((email): Condition => ({
      field: 'subjectEmail',
      op: 'eq',
      value: email,
    }));
    const since = new Date(Math.min(...chunk.map((e) => e.at.getTime())));
    if (first)
      queries.push({
        allOf: [{ field: 'at', op: 'gt', value: since }, { field: 'outcome', op: 'ne', value: 'failed' }, { anyOf: [first, ...rest] }],
      });
  }
  return queries;
}

/** "Invite accepted" entries naming one of these invites. */
export function acceptedEntriesFor(inviteIds: string[]): Condition[] {
  const queries: Condition[] = [];
  for (let start = 0; start < inviteIds.length; start += IDS_PER_QUERY) {
    const [first, ...rest] = inviteIds
      .slice(start, start + IDS_PER_QUERY)
      .map((id): Condition => ({ field: 'detail', op: 'contains', value: id }));
    if (first) queries.push({ allOf: [{ field: 'action', op: 'eq', value: 'accepted' }, { anyOf: [first, ...rest] }] });
  }
  return queries;
}
