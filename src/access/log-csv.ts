import Papa from 'papaparse';
import { LOG_ACTIONS, type LogEntry } from './access-log';

/**
 * A cell a spreadsheet would run as a formula starts with one of these. PapaParse's own
 * `escapeFormulae: true` pattern ends in `.*$`, which misses values with a line break, so the
 * pattern is given here: every value that starts with `=`, `+`, `-`, `@`, tab or carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export const LOG_CSV_COLUMNS = ['Time (UTC)', 'Action', 'Person', 'Email', 'Role', 'Reason', 'By', 'Outcome', 'Detail'] as const;

/**
 * The access log as CSV (the copy the guide says to keep off the site). PapaParse quotes what
 * needs quoting and prefixes formula-like cells with `'` so a spreadsheet shows them as text.
 */
export function accessLogCsv(entries: readonly LogEntry[]): string {
  const rows = entries.map((e) => [
    e.at.toISOString(), LOG_ACTIONS[e.action], e.subjectName, e.subjectEmail, e.role, e.reason, e.actor, e.outcome, e.detail,
  ]);
  return Papa.unparse({ fields: [...LOG_CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

export function accessLogFileName(now: Date): string {
  return `access-log-${now.toISOString().slice(0, 10)}.csv`;
}
