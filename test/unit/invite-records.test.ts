import { describe, expect, it } from 'vitest';
import { addDays, daysUntil } from '../../src/access/clock';
import { describeInvite, type InviteRecord } from '../../src/access/invite-records';
import { findRoleByTitle, roleTitles, type Contributor } from '../../src/access/people';

const now = new Date('2026-11-23T12:00:00Z');
const record = (overrides: Partial<InviteRecord> = {}): InviteRecord => ({
  _id: 'r1',
  inviteId: 'inv-1',
  email: 'Alex@Example.com',
  roleId: 'role-x',
  roleTitle: 'Website Manager',
  reason: '',
  sentAt: addDays(now, -10),
  expiresAt: addDays(now, 20),
  status: 'pending',
  ...overrides,
});
const person = (overrides: Partial<Contributor> = {}): Contributor => ({
  accountId: 'acc-1',
  name: 'Alex',
  email: 'alex@example.com',
  roleIds: ['role-x'],
  joinedAt: now,
  invitedEmail: null,
  ...overrides,
});

describe('where an invite stands', () => {
  it('is pending with the days left of its 30', () => {
    expect(describeInvite(record(), [], now)).toMatchObject({ state: 'pending', daysLeft: 20 });
  });
  it('is expired once its 30 days have passed', () => {
    expect(describeInvite(record({ expiresAt: addDays(now, -1) }), [], now)).toMatchObject({ state: 'expired', daysLeft: null });
  });
  it('is accepted when someone joined under the invited email, in any case', () => {
    expect(describeInvite(record(), [person()], now).state).toBe('accepted');
  });
  it('is accepted when someone joined under another email from this invite', () => {
    const other = person({ email: 'alex.private@gmail.com', invitedEmail: 'alex@example.com' });
    expect(describeInvite(record(), [other], now)).toMatchObject({ state: 'accepted', acceptedBy: other });
  });
  it('stays cancelled once the app revoked it', () => {
    expect(describeInvite(record({ status: 'revoked' }), [person()], now).state).toBe('revoked');
  });
});

describe('roles by title', () => {
  const roles = [
    { id: 'a', title: 'Website Manager', description: '' },
    { id: 'b', title: 'Admin (Co-Owner)', description: '' },
  ];
  it('finds a role by its title, ignoring case and spaces', () => {
    expect(findRoleByTitle(roles, ' website manager ')?.id).toBe('a');
    expect(findRoleByTitle(roles, 'Billing Manager')).toBeUndefined();
  });
  it('names roles, and says so when a role is unknown or missing', () => {
    expect(roleTitles(['a', 'zzz'], roles)).toBe('Website Manager, Unknown role');
    expect(roleTitles([], roles)).toBe('No role');
  });
});

describe('days until', () => {
  it('rounds part days up and goes negative once past', () => {
    expect(daysUntil(new Date('2026-11-24T00:00:00Z'), now)).toBe(1);
    expect(daysUntil(new Date('2026-11-20T00:00:00Z'), now)).toBe(-3);
  });
});
