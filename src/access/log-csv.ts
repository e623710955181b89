import { LOG_ACTIONS, type LogEntry } from './access-log';
import { unparseCsv } from './csv';

/**
 * The readable columns, then what proves the copy: the action's code, the pass, the entry a closing entry
 * closes, and the chain (number, previous hash, hash) that `scripts/verify-log.ts` checks offline.
 */
export const LOG_CSV_COLUMNS = [
  'Time (UTC)',
  'Action',
  'Person',
  'Email',
  'Role',
  'Reason',
  'By',
  'Outcome',
  'Detail',
  'Action code',
  'Support pass',
  'Closes',
  'Seq',
  'Previous hash',
  'Hash',
] as const;

/** The first cell of the last line of a full export: the chain's head, to write down or compare. */
export const HEAD_LINE_LABEL = 'Chain head';

const row = (e: LogEntry) => [
  e.at.toISOString(),
  LOG_ACTIONS[e.action],
  e.subjectName,
  e.subjectEmail,
  e.role,
  e.reason,
  e.actor,
  e.outcome,
  e.detail,
  e.action,
  e.grantId ?? '',
  e.closes ?? '',
  e.seq === undefined ? '' : String(e.seq),
  e.prevHash ?? '',
  e.hash ?? '',
];

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

/** The last line of a full export: the head's number and hash (empty for a log with no chained entry). */
export function accessLogHeadLine(head: { seq: number; hash: string } | null): string {
  const cells = LOG_CSV_COLUMNS.map(() => '');
  cells[0] = HEAD_LINE_LABEL;
  cells[LOG_CSV_COLUMNS.indexOf('Seq')] = head ? String(head.seq) : '0';
  cells[LOG_CSV_COLUMNS.indexOf('Hash')] = head?.hash ?? '';
  return unparseCsv([cells]);
}

export function accessLogFileName(now: Date): string {
  return `access-log-${now.toISOString().slice(0, 10)}.csv`;
}
