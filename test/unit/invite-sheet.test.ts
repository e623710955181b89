import { describe, expect, it } from 'vitest';
import { parseInviteSheet, type SheetParse, type SheetRow } from '../../src/access/invite-sheet';

const rowsOf = (parse: SheetParse): SheetRow[] => {
  if (!parse.ok) throw new Error(`expected rows, got: ${parse.problem}`);
  return parse.rows;
};
const problemOf = (parse: SheetParse): string => {
  if (parse.ok) throw new Error('expected a problem');
  return parse.problem;
};

describe('reading the invite spreadsheet (Email, Role, Notes)', () => {
  it("reads the guide's sheet with line numbers as a spreadsheet shows them", () => {
    const rows = rowsOf(
      parseInviteSheet('Email,Role,Notes\nuser1@company.com,Contributor,Content team\nuser2@company.com,Admin,Site manager\n'),
    );
    expect(rows).toEqual([
      { line: 2, email: 'user1@company.com', role: 'Contributor', notes: 'Content team', extraValues: 0 },
      { line: 3, email: 'user2@company.com', role: 'Admin', notes: 'Site manager', extraValues: 0 },
    ]);
  });

  it('ignores a byte-order mark, blank lines, spaces and the case of the column names', () => {
    const rows = rowsOf(parseInviteSheet('\uFEFF EMAIL , role,NOTES\r\n\r\n  a@b.co , Blog Writer , \r\n\r\n,,\r\n'));
    expect(rows).toEqual([{ line: 3, email: 'a@b.co', role: 'Blog Writer', notes: '', extraValues: 0 }]);
  });

  it('keeps commas and quotes inside quoted values', () => {
    const [row] = rowsOf(parseInviteSheet('Email,Role,Notes\na@b.co,Blog Writer,"Spring posts, summer posts, and ""more"""'));
    expect(row?.notes).toBe('Spring posts, summer posts, and "more"');
  });

  it('reads semicolon files as exported by European spreadsheets, and columns in any order', () => {
    const [row] = rowsOf(parseInviteSheet('Role;Notes;Email\nBlog Writer;Posts;a@b.co'));
    expect(row).toMatchObject({ email: 'a@b.co', role: 'Blog Writer', notes: 'Posts' });
  });

  it('makes Notes optional and names the extra columns it ignores', () => {
    const parse = parseInviteSheet('Email,Role,Phone,Department\na@b.co,Blog Writer,555,Sales');
    expect(rowsOf(parse)[0]).toMatchObject({ notes: '', extraValues: 0 });
    expect(parse.ok && parse.notices).toEqual(['Not used: Phone, Department. Only the Email, Role and Notes columns are read.']);
  });

  it('counts values beyond the columns (an unquoted comma)', () => {
    expect(rowsOf(parseInviteSheet('Email,Role,Notes\na@b.co,Blog Writer,Posts, and more'))[0]?.extraValues).toBe(1);
  });

  it.each([
    ['wrong headers', 'Mail,Position\na@b.co,Admin', /Missing: Email, Role\. Found: Mail, Position/],
    ['a missing Role column', 'Email,Notes\na@b.co,x', /Missing: Role/],
    ['no header line', 'user1@company.com,Admin,Site manager\n', /looks like a person .* not column names/],
    ['an empty file', '', /empty/],
    ['only blank lines', '\n\n  \n', /empty/],
    ['only the header', 'Email,Role,Notes\n\n', /no people under them/],
    [
      'an unclosed quote',
      'Email,Role,Notes\na@b.co,Admin,ok\nc@d.co,Admin,"never closed\n',
      /Line 3 has a quoted value that is not closed/,
    ],
    ['an Excel workbook', 'PK\u0003\u0004\u0000\u0000binary', /save or export it as CSV/],
  ])('refuses %s with a clear message', (_case, text, message) => {
    expect(problemOf(parseInviteSheet(text))).toMatch(message);
  });

  it('accepts 1,000 people and refuses 1,001', () => {
    const sheet = (n: number) => ['Email,Role', ...Array.from({ length: n }, (_, i) => `p${i}@example.com,Blog Writer`)].join('\n');
    expect(rowsOf(parseInviteSheet(sheet(1000)))).toHaveLength(1000);
    expect(problemOf(parseInviteSheet(sheet(1001)))).toBe(
      'The file lists 1,001 people; Site Access invites at most 1,000 at a time. Split it into smaller files.',
    );
  });

  it('refuses a file far larger than any invite list', () => {
    expect(problemOf(parseInviteSheet(`Email,Role\n${'x'.repeat(1_200_000)}`))).toMatch(/The file is 1\.2 MB/);
  });
});
