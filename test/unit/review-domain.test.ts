import type { Grant } from '../../src/access/support-pass';
import { describe, expect, it } from 'vitest';
import { addMonths, nextDue, reviewCadence, suggestedKind } from '../../src/access/review/cadence';
import { buildChecklist, isStale } from '../../src/access/review/checklist';
import { peopleAfterDecisions } from '../../src/access/review/decided-site';
import { reviewCsv } from '../../src/access/review/review-csv';
import type { Review } from '../../src/access/review/review-record';
import { supportPassFor } from '../../src/access/review/support-pass';
import type { Contributor, Role } from '../../src/access/people';

const now = new Date('2026-03-31T12:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const review = (kind: Review['kind'], completedAt: Date | null, decisions: Review['decisions'] = []): Review => ({
  _id: `r-${kind}-${completedAt?.toISOString() ?? 'open'}`,
  kind,
  startedAt: completedAt ?? now,
  completedAt,
  reviewer: 'Maya',
  decisions,
  nextDueAt: null,
  nextDueKind: null,
  reminderTaskId: null,
});
const roles: Role[] = [
  { id: 'owner', title: 'Owner', description: '' },
  { id: 'admin', title: 'Admin (Co-Owner)', description: '' },
  { id: 'writer', title: 'Blog Writer', description: '' },
];
const person = (accountId: string, roleId: string, extra: Partial<Contributor> = {}): Contributor => ({
  accountId,
  name: accountId,
  email: `${accountId}@example.com`,
  roleIds: [roleId],
  joinedAt: days(-100),
  invitedEmail: null,
  ...extra,
});

describe('review cadence', () => {
  it('adds calendar months, clamped to the end of the month', () => {
    expect(addMonths(new Date('2026-01-31T09:00:00Z'), 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(addMonths(new Date('2026-11-15T09:00:00Z'), 3).toISOString()).toBe('2027-02-15T09:00:00.000Z');
  });

  it('is all due before any review, and a full review also counts as the monthly invite check', () => {
    expect(reviewCadence([], now).every((c) => c.overdue)).toBe(true);
    expect(suggestedKind(reviewCadence([], now))).toBe('full-quarterly');
    const cadence = reviewCadence([review('full-quarterly', days(-40))], now);
    expect(cadence.map((c) => [c.kind, c.overdue])).toEqual([
      ['invites-monthly', true],
      ['full-quarterly', false],
      ['recert-annual', false],
    ]);
    expect(nextDue(cadence, now)).toEqual({ kind: 'invites-monthly', dueAt: now });
    expect(suggestedKind(cadence)).toBe('invites-monthly');
  });

  it('ignores a review still in progress', () => {
    expect(reviewCadence([review('recert-annual', null)], now).every((c) => c.lastDone === null)).toBe(true);
  });
});

describe('checklist rows', () => {
  const invite = (sentDaysAgo: number, expiresInDays: number) => ({
    _id: 'rec',
    inviteId: 'inv',
    email: 'new@example.com',
    roleId: 'writer',
    roleTitle: 'Blog Writer',
    reason: '',
    sentAt: days(-sentDaysAgo),
    expiresAt: days(expiresInDays),
    status: 'pending' as const,
  });

  it('counts an invite as stale 14 days after it was last sent, so a resend clears it', () => {
    const site = { people: [], roles, passes: [], reviews: [] };
    const [old] = buildChecklist({ ...site, invites: [invite(20, 10)] }, now);
    const [resent] = buildChecklist({ ...site, invites: [invite(20, 30)] }, now);
    expect(old && isStale(old)).toBe(true);
    expect(resent && isStale(resent)).toBe(false);
  });

  it('takes the reason on record from the latest review decision, then the invite', () => {
    const sam = person('sam', 'writer');
    const kept = review('full-quarterly', days(-5), [
      {
        subjectKey: 'person:sam',
        subjectType: 'person',
        subjectEmail: 'SAM@example.com',
        subjectName: 'sam',
        role: 'Blog Writer',
        decision: 'keep',
        reason: 'Weekly posts',
        at: days(-5),
      },
    ]);
    const [row] = buildChecklist(
      { people: [sam], roles, invites: [{ ...invite(90, -60), email: 'sam@example.com', reason: 'Blog' }], passes: [], reviews: [kept] },
      now,
    );
    expect(row?.reason).toBe('Weekly posts');
  });
});

describe('support passes', () => {
  it('treats a known vendor with no pass as support access due 7 days after joining', () => {
    const powr = person('powr', 'writer', { email: 'Support@POWR.io', joinedAt: days(-30) });
    expect(supportPassFor(powr, [])).toMatchObject({ vendor: 'POWR', source: 'directory', dueAt: days(-23) });
    const pass: Grant = {
      _id: 'g',
      _rev: 0,
      email: 'support@powr.io',
      vendorName: 'POWR',
      reason: 'Ticket 12',
      expiresAt: days(3),
      status: 'invited',
      roleId: 'r',
      roleTitle: 'Website Manager',
      ticket: '12',
      requestedBy: '',
      approvedBy: '',
      createdAt: days(-4),
      sentManually: false,
      autoEnd: false,
    };
    expect(supportPassFor(powr, [pass])).toMatchObject({ source: 'record', dueAt: days(3), reason: 'Ticket 12' });
    expect(supportPassFor(powr, [{ ...pass, status: 'revoked' }])?.source).toBe('directory');
  });
});

describe('guards see the review’s earlier decisions', () => {
  it('drops removed people and applies changed roles', () => {
    const people = [person('a', 'admin'), person('b', 'admin'), person('c', 'writer')];
    const at = now;
    const after = peopleAfterDecisions(people, roles, [
      { subjectKey: 'person:a', subjectType: 'person', subjectEmail: '', subjectName: '', role: '', decision: 'remove', reason: 'x', at },
      {
        subjectKey: 'person:c',
        subjectType: 'person',
        subjectEmail: '',
        subjectName: '',
        role: '',
        decision: 'change-role',
        newRole: 'Admin (Co-Owner)',
        reason: 'x',
        at,
      },
    ]);
    expect(after.map((p) => [p.accountId, p.roleIds])).toEqual([
      ['b', ['admin']],
      ['c', ['admin']],
    ]);
  });
});

describe('CSV export', () => {
  it('writes one line per decision and defuses spreadsheet formulas', () => {
    const csv = reviewCsv(
      review('full-quarterly', now, [
        {
          subjectKey: 'invite:i',
          subjectType: 'invite',
          subjectEmail: 'x@example.com',
          subjectName: '',
          role: 'Blog Writer',
          decision: 'cancel',
          reason: '=cmd|" /C calc"!A0',
          at: now,
        },
      ]),
    );
    const [header, line] = csv.split('\r\n');
    expect(header).toBe('Review,Started,Completed,Reviewer,Type,Name,Email,Role,Decision,New role,Reason,Decided at');
    expect(line).toContain(`Invite,,x@example.com,Blog Writer,Invite cancelled,,"'=cmd|"" /C calc""!A0"`);
  });
});
