import { describe, expect, it } from 'vitest';
import { checkInviteRows, coOwnerWarning, type SiteSnapshot } from '../../src/access/invite-sheet-check';
import { countPrepared, preparedListRows, preparedStatus } from '../../src/access/invite-sheet-prepared';
import { parseInviteSheet } from '../../src/access/invite-sheet';
import { rolesFromPeople, type Contributor } from '../../src/access/people';
import { titleOnlyRoles } from '../../src/access/wix-role-titles';

const now = new Date('2026-12-01T12:00:00Z');
const maya: Contributor = {
  accountId: 'a1',
  name: 'Maya Levin',
  email: 'maya@site.com',
  roleIds: ['p-owner'],
  joinedAt: now,
  invitedEmail: null,
};
const lena: Contributor = {
  accountId: 'a2',
  name: 'Lena Park',
  email: 'lena@park.design',
  roleIds: ['p-7'],
  joinedAt: now,
  invitedEmail: null,
};
// Without a connected key: the site's roles are ids only; rows name Wix's predefined titles.
const site: SiteSnapshot = { people: [maya, lena], roles: rolesFromPeople([maya, lena]), inviteRoles: titleOnlyRoles(), invites: [], now };

function check(body: string) {
  const parse = parseInviteSheet(`Email,Role,Notes\n${body}`);
  if (!parse.ok) throw new Error(parse.problem);
  return checkInviteRows(parse.rows, site);
}

describe('checking the sheet without the roles catalogue', () => {
  it("accepts Wix's predefined role titles, as titles only (never sent to Wix)", () => {
    const [row] = check('ben@x.co,website manager,Shop');
    expect(row).toMatchObject({ problem: null, role: { id: 'wix-title:Website Manager', title: 'Website Manager' } });
  });

  it('refuses an unknown title, naming the titles Wix has', () => {
    expect(check('carl@x.co,Contributor,').map((r) => r.problem)).toEqual([
      'Unknown role "Contributor". The roles Wix has: Admin (Co-Owner), Website Manager, Website Designer, Back Office Manager, Billing Manager, Blog Writer, Blog Editor, Store Manager.',
    ]);
  });

  it('names people who already have access without inventing their role', () => {
    expect(check('lena@park.design,Blog Writer,').map((r) => r.problem)).toEqual(['Already has access: Lena Park.']);
  });

  it('flags every co-owner row, saying when the sheet said just "Admin"', () => {
    const rows = check('boss@x.co,Admin,\npartner@x.co,Admin (Co-Owner),\nana@x.co,Blog Writer,');
    expect(rows.map(coOwnerWarning)).toEqual([
      '"Admin" read as Admin (Co-Owner): co-owner access, full control of the site like the owner\'s. Check this is meant.',
      "co-owner access, full control of the site like the owner's. Check this is meant.",
      null,
    ]);
  });
});

describe('the prepared list', () => {
  const rows = check('ana@x.co,Blog Writer,Posts\nben@x.co,Website Manager,Shop\nbad-email,Blog Writer,\nben.new@x.co,Blog Writer,');

  it('is to invite until someone with the email appears, then joined (also under the invited address)', () => {
    const ana: Contributor = { accountId: 'a3', name: 'Ana', email: 'ANA@x.co', roleIds: [], joinedAt: now, invitedEmail: null };
    const ben: Contributor = {
      accountId: 'a4',
      name: 'Ben',
      email: 'ben@gmail.example',
      roleIds: [],
      joinedAt: now,
      invitedEmail: 'ben@x.co',
    };
    expect(rows.map((r) => preparedStatus(r, [maya]).state)).toEqual(['to-invite', 'to-invite', 'not-prepared', 'to-invite']);
    expect(rows.map((r) => preparedStatus(r, [maya, ana, ben]).state)).toEqual(['joined', 'joined', 'not-prepared', 'to-invite']);
    expect(countPrepared(rows, [maya, ana, ben])).toEqual({ toInvite: 1, joined: 2, notPrepared: 1 });
    expect(preparedListRows(rows, [ana, ben])).toEqual([
      ['Email', 'Role', 'Notes', 'Status', 'Detail'],
      ['ana@x.co', 'Blog Writer', 'Posts', 'Joined', ''],
      ['ben@x.co', 'Website Manager', 'Shop', 'Joined', 'Joined as ben@gmail.example.'],
      ['bad-email', 'Blog Writer', '', 'Not on the list', '"bad-email" is not a valid email address.'],
      ['ben.new@x.co', 'Blog Writer', '', 'To invite in Wix', ''],
    ]);
  });
});
