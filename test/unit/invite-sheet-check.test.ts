import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/access/clock';
import { checkInviteRows, isReady, type SiteSnapshot } from '../../src/access/invite-sheet-check';
import { parseInviteSheet } from '../../src/access/invite-sheet';
import type { Role } from '../../src/access/people';

const now = new Date('2026-11-23T12:00:00Z');
const roles: Role[] = [
  { id: 'owner', title: 'Owner', description: '' },
  { id: 'admin', title: 'Admin (Co-Owner)', description: '' },
  { id: 'writer', title: 'Blog Writer', description: '' },
  { id: 'wm', title: 'Website Manager', description: '' },
];
const site: SiteSnapshot = {
  roles,
  now,
  people: [
    { accountId: 'a1', name: 'Maya Levin', email: 'maya@site.com', roleIds: ['owner'], joinedAt: now, invitedEmail: null },
    { accountId: 'a2', name: 'Lena Park', email: 'lena@park.design', roleIds: ['wm'], joinedAt: now, invitedEmail: 'lena.old@park.design' },
  ],
  invites: [
    {
      _id: 'r1',
      inviteId: 'i1',
      email: 'alex@ledger.co',
      roleId: 'writer',
      roleTitle: 'Blog Writer',
      reason: '',
      sentAt: addDays(now, -27),
      expiresAt: addDays(now, 3),
      status: 'pending',
    },
    {
      _id: 'r2',
      inviteId: 'i2',
      email: 'old@ledger.co',
      roleId: 'writer',
      roleTitle: 'Blog Writer',
      reason: '',
      sentAt: addDays(now, -40),
      expiresAt: addDays(now, -10),
      status: 'pending',
    },
  ],
};

function check(body: string) {
  const parse = parseInviteSheet(`Email,Role,Notes\n${body}`);
  if (!parse.ok) throw new Error(parse.problem);
  return checkInviteRows(parse.rows, site);
}
const problems = (body: string) => check(body).map((row) => row.problem);

describe('checking each row before anything is sent', () => {
  it('resolves roles by title, in any case, and by the short name in the guide ("Admin")', () => {
    const rows = check('New@Example.com,blog writer,Posts\nboss@example.com,Admin,Co-owner');
    expect(rows.map((r) => [r.email, r.role?.id, r.problem])).toEqual([
      ['new@example.com', 'writer', null],
      ['boss@example.com', 'admin', null],
    ]);
    expect(rows.every(isReady)).toBe(true);
  });

  it.each([
    ['not-an-email,Blog Writer,', '"not-an-email" is not a valid email address.'],
    [',Blog Writer,', 'The email is missing.'],
    ['a@b.co,,', 'The role is missing.'],
    ['a@b.co,Contributor,', 'Unknown role "Contributor". Roles on this site: Admin (Co-Owner), Blog Writer, Website Manager.'],
    ['a@b.co,Owner,', 'Nobody can be invited as Owner. To hand the site over, use a handoff checklist.'],
    [
      'a@b.co,Blog Writer,"=HYPERLINK(""http://x"")"',
      'The notes cell is a spreadsheet formula (=HYPERLINK("http://x")). Put the plain value in the file.',
    ],
    // Typed without surrounding quotes the formula spills into a fourth value: one row's problem, not the whole file's.
    [
      'a@b.co,Blog Writer,=HYPERLINK("http://evil.example","click")',
      'The notes cell is a spreadsheet formula (=HYPERLINK("http://evil.example"). Put the plain value in the file.',
    ],
    [
      'a@b.co,Blog Writer,"=HYPERLINK(""http://evil.example/a-very-long-path/that-goes-on"",""click here"")"',
      'The notes cell is a spreadsheet formula (=HYPERLINK("http://evil.example/a-very-long-path/that-goes-on","click here")). Put the plain value in the file.',
    ],
    ['@SUM(A1:A2),Blog Writer,', 'The email cell is a spreadsheet formula (@SUM(A1:A2)). Put the plain value in the file.'],
    ['a@b.co,Blog Writer,Posts, extra', 'This line has 1 value more than there are columns. Put a value that contains a comma in quotes.'],
    [`a@b.co,Blog Writer,${'n'.repeat(501)}`, 'The notes are 501 characters long; keep them under 500.'],
    [`${'a'.repeat(250)}@b.co,Blog Writer,`, 'The email is 255 characters long; an email address has at most 254.'],
  ])('%s → %s', (line, message) => {
    expect(problems(line)).toEqual([message]);
  });

  it('keeps a dash at the start of notes: only formulas are refused', () => {
    expect(problems('a@b.co,Blog Writer,- spring posts')).toEqual([null]);
  });

  it('flags later copies of an email, in any case, pointing at the first line', () => {
    expect(problems('a@b.co,Blog Writer,\nA@B.co,Website Manager,\na@b.co,Blog Writer,')).toEqual([
      null,
      'Also on line 2: each person is invited once.',
      'Also on line 2: each person is invited once.',
    ]);
  });

  it('flags people who already have access, including under the email they were invited at', () => {
    expect(problems('maya@site.com,Blog Writer,\nlena.old@park.design,Blog Writer,')).toEqual([
      'Already has access: Maya Levin, the site owner.',
      'Already has access: Lena Park, Website Manager.',
    ]);
  });

  it('flags a pending invite but lets an expired one be invited again', () => {
    expect(problems('alex@ledger.co,Blog Writer,\nold@ledger.co,Blog Writer,')).toEqual([
      'Already invited as Blog Writer; the invite is pending (3 days left).',
      null,
    ]);
  });
});
