import { describe, expect, it } from 'vitest';
import { detailOf } from '../support/error-detail';
import { inviteRecordSchema } from '../../src/access/invite-records';
import { reviewSchema } from '../../src/access/review/review-record';
import { grantSchema } from '../../src/access/support-pass';
import { parseWix } from '../../src/wix/errors';

// The records the page reads when it opens, as Wix Data gives them (dates as ISO text or Date).
const invite = {
  _id: 'r1',
  inviteId: 'inv-1',
  email: 'a@example.com',
  roleId: 'role-x',
  roleTitle: 'Website Manager',
  sentAt: '2026-11-01T10:00:00.000Z',
  expiresAt: new Date('2026-12-01T10:00:00Z'),
};
const grant = {
  _id: 'g1',
  email: 'support@powr.io',
  roleId: 'r',
  roleTitle: 'Website Manager',
  createdAt: '2026-11-01T10:00:00.000Z',
  expiresAt: '2026-11-08T10:00:00.000Z',
  status: 'invited',
  wixField: 1,
};

describe('records read on open', () => {
  it('reads dates, fills what older records lack and drops fields the app does not use', () => {
    expect(parseWix(inviteRecordSchema, invite, 'load')).toEqual({
      ...invite,
      sentAt: new Date(invite.sentAt),
      reason: '',
      status: 'pending',
    });
    const read = parseWix(grantSchema, grant, 'load');
    expect(read).toMatchObject({ expiresAt: new Date(grant.expiresAt), vendorName: '', autoEnd: false, sentManually: false, _rev: 0 });
    expect(read).not.toHaveProperty('wixField');
    expect(parseWix(reviewSchema, { _id: 'v1', kind: 'full-quarterly', startedAt: '2026-11-01T10:00:00.000Z' }, 'load')).toMatchObject({
      completedAt: null,
      nextDueAt: null,
      nextDueKind: null,
      decisions: [],
    });
  });

  it('refuses a record it cannot read, saying which field and why in plain English', () => {
    expect(detailOf(() => parseWix(inviteRecordSchema, { ...invite, email: undefined }, 'load'))).toBe(
      'email: Invalid input: expected string, received undefined',
    );
    expect(detailOf(() => parseWix(grantSchema, { ...grant, status: 'lost' }, 'load'))).toMatch(
      /^status: Invalid option: expected one of "requested"\|/,
    );
    expect(detailOf(() => parseWix(grantSchema, { ...grant, expiresAt: 'soon' }, 'load'))).toMatch(
      /^expiresAt: Invalid input: expected date/,
    );
    expect(
      detailOf(() =>
        parseWix(reviewSchema, { _id: 'v1', kind: 'full-quarterly', startedAt: '2026-11-01', decisions: [{ subjectKey: 'k' }] }, 'load'),
      ),
    ).toMatch(/^decisions\.0\.subjectType: Invalid option/);
  });
});
