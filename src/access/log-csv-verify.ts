import Papa from 'papaparse';
import { chainId, type Chained } from './log-chain';
import { HEAD_LINE_LABEL, LOG_CSV_COLUMNS } from './log-csv';
import { chainWalker, type LogCheck } from './log-verify';

/** A cell as written before the export neutralised it for spreadsheets (`'=…` back to `=…`). */
const original = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Verifies an exported access log (the whole log, `Export CSV` with no filter) offline: every chained
 * line's hash over its content and the previous line's hash, numbers without gaps, and the last line's
 * head. Lines written before the chain began are counted, not covered.
 */
export async function verifyLogCsv(text: string): Promise<LogCheck & { headMatches: boolean }> {
  const rows = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  const [header, ...lines] = rows;
  const col = (name: (typeof LOG_CSV_COLUMNS)[number]) => header?.indexOf(name) ?? -1;
  const missing = LOG_CSV_COLUMNS.filter((name) => col(name) < 0);
  if (missing.length > 0) throw new Error(`Not a full access log export: no ${missing.join(', ')} column.`);
  const cell = (row: string[], name: (typeof LOG_CSV_COLUMNS)[number]) => original(row[col(name)] ?? '');
  const walker = chainWalker();
  let unchained = 0;
  let head: string[] | null = null;
  for (const row of lines) {
    if (row[0] === HEAD_LINE_LABEL) {
      head = row;
      continue;
    }
    const seq = cell(row, 'Seq');
    if (seq === '') {
      unchained += 1;
      continue;
    }
    const grantId = cell(row, 'Support pass');
    const entry: Chained = {
      _id: chainId(Number(seq)),
      seq: Number(seq),
      at: cell(row, 'Time (UTC)'),
      action: cell(row, 'Action code'),
      subjectEmail: cell(row, 'Email'),
      subjectName: cell(row, 'Person'),
      role: cell(row, 'Role'),
      reason: cell(row, 'Reason'),
      actor: cell(row, 'By'),
      outcome: cell(row, 'Outcome'),
      detail: cell(row, 'Detail'),
      grantId: grantId || undefined,
      closes: cell(row, 'Closes') || undefined,
      prevHash: cell(row, 'Previous hash'),
      hash: cell(row, 'Hash'),
    };
    if (await walker.next(entry)) break;
  }
  const check = walker.result(unchained);
  if (!head) {
    return check.intact
      ? {
          intact: false,
          checked: check.count,
          unchained,
          headMatches: false,
          problem: {
            kind: 'removed',
            seq: check.count + 1,
            at: null,
            message: `The file has no "${HEAD_LINE_LABEL}" line: it was cut short or is not a full export.`,
          },
        }
      : { ...check, headMatches: false };
  }
  const headSeq = Number(cell(head, 'Seq'));
  const headHash = cell(head, 'Hash');
  const headMatches = check.intact && headSeq === check.count && (check.count === 0 || headHash === check.headHash);
  if (check.intact && !headMatches) {
    return {
      intact: false,
      checked: check.count,
      unchained,
      headMatches,
      problem: {
        kind: 'removed',
        seq: Math.min(headSeq, check.count + 1),
        at: null,
        message: `The file's last line names #${headSeq} with hash ${headHash}, but its entries end at #${check.count}: lines were removed or the head was edited.`,
      },
    };
  }
  return { ...check, headMatches };
}
