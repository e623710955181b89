import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/access/access-log';
import { dateRangeProblem, filterLog, logPage, NO_FILTER } from '../../src/access/log-view';

const entry = (id: number, at: string, fields: Partial<LogEntry> = {}): LogEntry => ({
  _id: `e${id}`,
  at: new Date(at),
  action: 'invited',
  subjectEmail: `p${id}@example.com`,
  subjectName: '',
  role: '',
  reason: '',
  actor: '',
  outcome: 'done',
  detail: '',
  ...fields,
});

const log = [
  entry(1, '2026-03-01T00:00:00Z'),
  entry(2, '2026-03-02T23:59:59Z', { action: 'removed', subjectName: 'Lena Park' }),
  entry(3, '2026-03-03T12:00:00Z'),
];

describe('access log filters and pages', () => {
  it('sorts newest first and filters by person (name or email, any case) and action', () => {
    expect(filterLog(log, NO_FILTER).map((e) => e._id)).toEqual(['e3', 'e2', 'e1']);
    expect(filterLog(log, { ...NO_FILTER, person: 'LENA' }).map((e) => e._id)).toEqual(['e2']);
    expect(filterLog(log, { ...NO_FILTER, person: 'p3@' }).map((e) => e._id)).toEqual(['e3']);
    expect(filterLog(log, { ...NO_FILTER, action: 'removed' }).map((e) => e._id)).toEqual(['e2']);
  });

  it('treats the date range as whole UTC days, both ends included', () => {
    expect(filterLog(log, { ...NO_FILTER, from: '2026-03-01', to: '2026-03-02' }).map((e) => e._id)).toEqual(['e2', 'e1']);
    expect(filterLog(log, { ...NO_FILTER, from: '2026-03-03' }).map((e) => e._id)).toEqual(['e3']);
  });

  it('explains a reversed or malformed range and ignores it', () => {
    const reversed = { ...NO_FILTER, from: '2026-03-03', to: '2026-03-01' };
    expect(dateRangeProblem(reversed)).toBe('The start date is after the end date.');
    expect(filterLog(log, reversed)).toHaveLength(3);
    expect(dateRangeProblem({ ...NO_FILTER, from: '03/01/2026' })).toBe('Enter dates as YYYY-MM-DD.');
  });

  it('pages, clamping to the pages there are', () => {
    const many = Array.from({ length: 45 }, (_, i) => i);
    expect(logPage(many, 3)).toEqual({ items: [40, 41, 42, 43, 44], page: 3, pages: 3 });
    expect(logPage(many, 9).page).toBe(3);
    expect(logPage([], 1)).toEqual({ items: [], page: 1, pages: 1 });
  });
});
