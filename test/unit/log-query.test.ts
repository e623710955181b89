import { describe, expect, it } from 'vitest';
import { isFiltered, logTimeRange, NO_FILTER } from '../../src/access/log-view';
import { logConditions } from '../../src/features/access-log/log-query';

describe('access log filters as Wix Data conditions', () => {
  it('asks for nothing without a filter, and says so', () => {
    expect(logConditions(NO_FILTER)).toEqual([]);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, person: '  ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, action: 'removed' })).toBe(true);
  });

  it('looks for the person in the email or the name, as typed (Wix matches text without case)', () => {
    expect(logConditions({ ...NO_FILTER, person: ' Lena ' })).toEqual([
      {
        anyOf: [
          { field: 'subjectEmail', op: 'contains', value: 'Lena' },
          { field: 'subjectName', op: 'contains', value: 'Lena' },
        ],
      },
    ]);
  });

  it('matches an action by name, and old checklist-item entries by how their detail starts', () => {
    expect(logConditions({ ...NO_FILTER, action: 'removed' })).toEqual([{ field: 'action', op: 'eq', value: 'removed' }]);
    const [documented] = logConditions({ ...NO_FILTER, action: 'offboarding-documented' });
    expect(documented).toEqual({
      anyOf: [
        { field: 'action', op: 'eq', value: 'offboarding-documented' },
        {
          allOf: [
            { field: 'action', op: 'eq', value: 'checklist-item' },
            { anyOf: [{ field: 'detail', op: 'startsWith', value: 'Offboarding documented' }] },
          ],
        },
      ],
    });
  });

  it('turns whole UTC days into a time range, and an unusable range into none', () => {
    const range = { ...NO_FILTER, from: '2026-03-01', to: '2026-03-02' };
    expect(logTimeRange(range)).toEqual({ from: new Date('2026-03-01T00:00:00Z'), until: new Date('2026-03-03T00:00:00Z') });
    expect(logConditions(range)).toEqual([
      { field: 'at', op: 'ge', value: new Date('2026-03-01T00:00:00Z') },
      { field: 'at', op: 'lt', value: new Date('2026-03-03T00:00:00Z') },
    ]);
    expect(logConditions({ ...NO_FILTER, from: '2026-03-05', to: '2026-03-02' })).toEqual([]);
    expect(logConditions({ ...NO_FILTER, from: '03/01/2026' })).toEqual([]);
  });

  it('leaves out entries written after the export began', () => {
    const startedAt = new Date('2026-03-04T10:00:00Z');
    expect(logConditions(NO_FILTER, startedAt)).toEqual([{ field: 'at', op: 'le', value: startedAt }]);
  });
});
