import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { accessRequestSchema, isOpenRequest } from '../../src/access/requests/access-request';
import { requestProblems, validateRequest } from '../../src/access/requests/request-input';
import type { ChecklistRow } from '../../src/access/review/checklist';
import { dueRechecks, recheckDue } from '../../src/access/review/recheck';
import type { Review } from '../../src/access/review/review-record';

const NOW = new Date('2026-12-02T10:00:00Z');
const input = { email: 'nina@example.com', roleTitle: 'Blog Editor', justification: 'Spring posts', until: '', department: '' };

const approved = accessRequestSchema.parse({
  _id: 'r1',
  requesterName: 'Sam Ortiz',
  email: 'nina@example.com',
  roleTitle: 'Blog Editor',
  justification: 'Spring posts',
  status: 'provisioned',
  createdAt: NOW,
  decidedAt: NOW,
  decidedBy: 'Maya Levin',
  recheckBy: addDays(NOW, 90),
});
const row = {
  key: 'person:acc-nina',
  type: 'person',
  name: 'Nina',
  email: 'nina@example.com',
  status: 'active',
  acceptedAs: null,
  person: null,
} as unknown as ChecklistRow;
const keptOn = (at: Date) =>
  ({
    decisions: [
      {
        subjectKey: row.key,
        subjectType: 'person',
        subjectEmail: 'NINA@example.com',
        decision: 'keep',
        reason: 'Still writing',
        role: '',
        subjectName: '',
        at,
      },
    ],
  }) as unknown as Review;

describe('access requests: input and re-check', () => {
  it('validates like everything else: hidden characters, email, role, dates, lengths', () => {
    expect(validateRequest(input, NOW)).toEqual({
      ok: true,
      value: { email: 'nina@example.com', roleTitle: 'Blog Editor', justification: 'Spring posts', department: '' },
    });
    expect(requestProblems({ ...input, justification: 'Spring\u200B posts' }, NOW).justification).toMatch(/hidden characters/);
    expect(requestProblems({ ...input, email: 'nina@' }, NOW).email).toMatch(/valid email/);
    expect(requestProblems({ ...input, roleTitle: 'Owner' }, NOW).roleTitle).toBe('Choose a role, or "Not sure".');
    expect(requestProblems({ ...input, department: 'x'.repeat(121) }, NOW).department).toMatch(/under 120/);
    expect(requestProblems({ ...input, until: '2026-12-01' }, NOW).until).toBe('Choose an end date in the future.');
    expect(requestProblems({ ...input, until: 'none' }, NOW).until).toBe('Choose the date the access ends, or Permanent.');
    const until = validateRequest({ ...input, until: '2026-12-20' }, NOW);
    expect(until.ok && until.value.until?.toISOString()).toBe('2026-12-20T23:59:00.000Z');
  });

  it('an approved permanent request is due its re-check after 90 days, and a review that kept the person moves it a quarter on', () => {
    expect(isOpenRequest(approved)).toBe(false);
    expect(dueRechecks([row], [approved], addDays(NOW, 89))).toEqual([]);
    expect(dueRechecks([row], [approved], addDays(NOW, 91))).toEqual([
      { row, line: 'Nina (nina@example.com): approved Dec 2, 2026 for Spring posts' },
    ]);
    const review = keptOn(addDays(NOW, 80));
    expect(recheckDue(approved, [review])).toEqual(addDays(NOW, 170));
    expect(dueRechecks([row], [approved], addDays(NOW, 91), [review])).toEqual([]);
    expect(recheckDue({ ...approved, recheckBy: undefined }, [review])).toBeUndefined();
  });
});
