import { LOG_ACTIONS, type LogEntry } from './access-log';
import { unparseCsv } from './csv';

export const LOG_CSV_COLUMNS = ['Time (UTC)', 'Action', 'Person', 'Email', 'Role', 'Reason', 'By', 'Outcome', 'Detail'] as const;

/** The access log as CSV (the copy the guide says to keep off the site). */
export function accessLogCsv(entries: readonly LogEntry[]): string {
  const rows = entries.map((e) => [
    e.at.toISOString(), LOG_ACTIONS[e.action], e.subjectName, e.subjectEmail, e.role, e.reason, e.actor, e.outcome, e.detail,
  ]);
  return unparseCsv([LOG_CSV_COLUMNS, ...rows]);
}

export function accessLogFileName(now: Date): string {
  return `access-log-${now.toISOString().slice(0, 10)}.csv`;
}
