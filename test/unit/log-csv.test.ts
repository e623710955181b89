import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/access/access-log';
import { accessLogCsv, accessLogCsvHeader, accessLogCsvLines, accessLogFileName, LOG_CSV_LINE_BREAK } from '../../src/access/log-csv';

const entry = (fields: Partial<LogEntry>): LogEntry => ({
  _id: 'e1',
  at: new Date('2026-03-01T10:00:00Z'),
  action: 'removed',
  subjectEmail: 'support@powr.io',
  subjectName: 'POWR Support',
  role: 'Website Manager',
  reason: 'Ticket closed',
  actor: 'Maya Levin (owner)',
  outcome: 'done',
  detail: '',
  ...fields,
});

describe('access log CSV', () => {
  it('writes a header and one row per entry, readable back by a CSV parser', () => {
    const csv = accessLogCsv([entry({ reason: 'Closed, finally "done"' })]);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      [
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
      ],
      [
        '2026-03-01T10:00:00.000Z',
        'Access removed',
        'POWR Support',
        'support@powr.io',
        'Website Manager',
        'Closed, finally "done"',
        'Maya Levin (owner)',
        'done',
        '',
        'removed',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","x")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ["=cmd|' /C calc'!A0\nsecond line"],
  ])('neutralises a cell starting like a formula: %j', (value) => {
    const [, row] = Papa.parse<string[]>(accessLogCsv([entry({ reason: value, subjectName: value })]), { skipEmptyLines: true }).data;
    expect(row?.[2]).toBe(`'${value}`);
    expect(row?.[5]).toBe(`'${value}`);
  });

  it('leaves ordinary text, emails and inner symbols alone', () => {
    const [, row] = Papa.parse<string[]>(accessLogCsv([entry({ reason: 'Rotate key = done; a-b @ 3' })]), { skipEmptyLines: true }).data;
    expect(row?.[5]).toBe('Rotate key = done; a-b @ 3');
    expect(row?.[3]).toBe('support@powr.io');
  });

  it('gives the same text in parts (header, then page by page) as for the whole log at once', () => {
    const entries = Array.from({ length: 5 }, (_, i) => entry({ _id: `e${i}`, reason: i === 2 ? '=1+1\nline, "two"' : `Reason ${i}` }));
    const parts = [accessLogCsvHeader(), accessLogCsvLines(entries.slice(0, 2)), accessLogCsvLines(entries.slice(2))];
    expect(parts.join(LOG_CSV_LINE_BREAK)).toBe(accessLogCsv(entries));
    expect(accessLogCsvHeader()).toBe(accessLogCsv([]));
    expect(accessLogCsvLines([])).toBe('');
  });

  it('names the file after the day', () => {
    expect(accessLogFileName(new Date('2026-03-01T23:59:00Z'))).toBe('access-log-2026-03-01.csv');
  });
});
