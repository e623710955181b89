import { DAY_MS } from './clock';
import type { LogAction, LogEntry } from './access-log';

/** What the owner filters the access log by. Dates are whole UTC days, as the log shows them. */
export interface LogFilter {
  person: string;
  action: LogAction | 'all';
  /** `YYYY-MM-DD`, inclusive; empty for no bound. */
  from: string;
  to: string;
}

export const NO_FILTER: LogFilter = { person: '', action: 'all', from: '', to: '' };
export const LOG_PAGE_SIZE = 20;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayStart(day: string): number | null {
  if (!DAY.test(day)) return null;
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
}

/** Why the date range cannot be used, or null. An unusable range filters nothing. */
export function dateRangeProblem(filter: LogFilter): string | null {
  const from = filter.from ? dayStart(filter.from) : undefined;
  const to = filter.to ? dayStart(filter.to) : undefined;
  if (from === null || to === null) return 'Enter dates as YYYY-MM-DD.';
  if (from !== undefined && to !== undefined && from > to) return 'The start date is after the end date.';
  return null;
}

/** The filter's time range as `at >= from` and `at < until`; no bound where a day is empty or the range unusable. */
export function logTimeRange(filter: LogFilter): { from: Date | null; until: Date | null } {
  const usable = dateRangeProblem(filter) === null;
  const from = usable && filter.from ? dayStart(filter.from) : null;
  const to = usable && filter.to ? dayStart(filter.to) : null;
  return { from: from === null ? null : new Date(from), until: to === null ? null : new Date(to + DAY_MS) };
}

/** Whether any filter is set. */
export const isFiltered = (filter: LogFilter) =>
  filter.person.trim() !== '' || filter.action !== 'all' || filter.from !== '' || filter.to !== '';

/** Entries matching the filter, newest first. */
export function filterLog(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  const person = filter.person.trim().toLowerCase();
  const rangeOk = dateRangeProblem(filter) === null;
  const from = rangeOk && filter.from ? dayStart(filter.from) : null;
  const toStart = rangeOk && filter.to ? dayStart(filter.to) : null;
  return entries
    .filter((e) => !person || e.subjectEmail.toLowerCase().includes(person) || e.subjectName.toLowerCase().includes(person))
    .filter((e) => filter.action === 'all' || e.action === filter.action)
    .filter((e) => from === null || e.at.getTime() >= from)
    .filter((e) => toStart === null || e.at.getTime() < toStart + DAY_MS)
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

export function pageCount(total: number, pageSize = LOG_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** One page (1-based, clamped to the pages there are). */
export function logPage<T>(entries: readonly T[], page: number, pageSize = LOG_PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = pageCount(entries.length, pageSize);
  const current = Math.min(Math.max(1, page), pages);
  return { items: entries.slice((current - 1) * pageSize, current * pageSize), page: current, pages };
}
