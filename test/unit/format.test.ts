import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/access/format';

const intlDate = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const intlDateTime = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

describe('date formatting', () => {
  it('writes dates and times exactly as en-US Intl does, in UTC', () => {
    // Every month, and hours around midnight and noon.
    for (let i = 0; i < 400; i++) {
      const date = new Date(Date.UTC(2025, 0, 1) + i * (86_400_000 + 3_700_000 + 61_000));
      expect(formatDate(date)).toBe(intlDate.format(date));
      expect(formatDateTime(date).replace(/\u202f/g, ' ')).toBe(intlDateTime.format(date).replace(/\u202f/g, ' '));
    }
    expect(formatDateTime(new Date('2026-06-20T00:05:00Z'))).toBe('Jun 20, 2026, 12:05 AM UTC');
    expect(formatDateTime(new Date('2026-06-20T12:00:00Z'))).toBe('Jun 20, 2026, 12:00 PM UTC');
  });
});
