import { logEntrySchema, type LogAction } from '../../access/access-log';
import { NOT_CLOSURE, withOutcomes } from '../../wix/log-reads';
import { LOG_PAGE_SIZE, logTimeRange, type LogFilter } from '../../access/log-view';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';
import type { Condition } from '../../wix/records';

/** Newest first; the id breaks ties so offset pages never overlap or skip an entry. */
export const LOG_ORDER = [
  { field: 'at', direction: 'desc' },
  { field: '_id', direction: 'desc' },
] as const;

/**
 * Entries written before these actions had their own names say `checklist-item` (see `logEntrySchema`),
 * told apart by how their detail starts: every detail the app wrote then is one of these. (Not "anything
 * but documented": the emulator does not read the `$not: [...]` form `@wix/data` sends.)
 */
const LEGACY = { field: 'action', op: 'eq', value: 'checklist-item' } as const;
const starts = (value: string) => ({ field: 'detail', op: 'startsWith', value }) as const;
const LEGACY_DETAILS: Partial<Record<LogAction, [Condition, ...Condition[]]>> = {
  'offboarding-documented': [starts('Offboarding documented')],
  'security-check': [starts('Offboarding security check'), starts('Security check')],
};

function actionCondition(action: LogAction): Condition {
  const named: Condition = { field: 'action', op: 'eq', value: action };
  const legacy = LEGACY_DETAILS[action];
  return legacy ? { anyOf: [named, { allOf: [LEGACY, { anyOf: legacy }] }] } : named;
}

/**
 * The owner's filter as Wix Data conditions: the person in the email or the name (Wix's `contains`
 * ignores case), the action, whole UTC days. `before` leaves out entries written after it.
 */
export function logConditions(filter: LogFilter, before?: Date): Condition[] {
  const conditions: Condition[] = [];
  const person = filter.person.trim();
  if (person) {
    conditions.push({
      anyOf: [
        { field: 'subjectEmail', op: 'contains', value: person },
        { field: 'subjectName', op: 'contains', value: person },
      ],
    });
  }
  if (filter.action !== 'all') conditions.push(actionCondition(filter.action));
  const { from, until } = logTimeRange(filter);
  if (from) conditions.push({ field: 'at', op: 'ge', value: from });
  if (until) conditions.push({ field: 'at', op: 'lt', value: until });
  if (before) conditions.push({ field: 'at', op: 'le', value: before });
  return conditions;
}

/**
 * One page of the log as Wix filters, sorts and counts it: one query for the page's intents (closing
 * entries left out), and at most one more for the closures of its pending ones.
 */
export async function readLogPage(
  gateway: Gateway,
  filter: LogFilter,
  page: number,
  options: { limit?: number; before?: Date; withTotal?: boolean } = {},
) {
  const limit = options.limit ?? LOG_PAGE_SIZE;
  const result = await gateway.records.page(COLLECTIONS.accessLog, logEntrySchema, {
    filter: [NOT_CLOSURE, ...logConditions(filter, options.before)],
    orderBy: [...LOG_ORDER],
    limit,
    skip: (page - 1) * limit,
    withTotal: options.withTotal ?? true,
  });
  return { ...result, items: await withOutcomes(gateway, result.items) };
}
