import { LOG_ACTIONS, type LogEntry } from './access-log';
import { unparseCsv } from './csv';

export const LOG_CSV_COLUMNS = ['Time (UTC)', 'Action', 'Person', 'Email', 'Role', 'Reason', 'By', 'Outcome', 'Detail'] as const;

const row = (e: LogEntry) => [e.at.toISOString(), LOG_ACTIONS[e.action], e.subjectName, e.subjectEmail, e.role, e.reason, e.actor, e.outcome, e.detail];

/** The access log as CSV (the copy the guide says to keep off the site). */
export function accessLogCsv(entries: readonly LogEntry[]): string {
  return unparseCsv([LOG_CSV_COLUMNS, ...entries.map(row)]);
}

/**
 * The same CSV in parts, for an export that reads the log page by page: the header line, then each
 * page's lines, joined with `LOG_CSV_LINE_BREAK` — the same text as `accessLogCsv` of all the entries.
 */
export const LOG_CSV_LINE_BREAK = '\r\n';
export const accessLogCsvHeader = () => unparseCsv([LOG_CSV_COLUMNS]);
export const accessLogCsvLines = (entries: readonly LogEntry[]) => (entries.length ? unparseCsv(entries.map(row)) : '');

export function accessLogFileName(now: Date): string {
  return `access-log-${now.toISOString().slice(0, 10)}.csv`;
}
