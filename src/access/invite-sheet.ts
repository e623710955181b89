import Papa from 'papaparse';

/** The guide's spreadsheet of people to invite: Email, Role, Notes. */
export const SHEET_COLUMNS = ['Email', 'Role', 'Notes'] as const;
export const MAX_SHEET_ROWS = 1000;
/** A 1,000-row invite list is a few tens of kilobytes; anything this large is the wrong file. */
export const MAX_SHEET_BYTES = 1_000_000;

export interface SheetRow {
  /** The line in the file (the column names are line 1), as a spreadsheet numbers it. */
  line: number;
  email: string;
  role: string;
  notes: string;
  /** How many values the line has beyond the columns (an unquoted comma, usually). */
  extraValues: number;
}

export type SheetParse = { ok: true; rows: SheetRow[]; notices: string[] } | { ok: false; problem: string };

const HEADER_ALIASES: Record<(typeof SHEET_COLUMNS)[number], string[]> = {
  Email: ['email', 'e-mail', 'email address'],
  Role: ['role'],
  Notes: ['notes', 'note'],
};

const fail = (problem: string): SheetParse => ({ ok: false, problem });
const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
const count = (n: number) => n.toLocaleString('en-US');

function columnIndexes(header: readonly string[]): { indexes: Record<string, number>; unused: string[] } | string {
  const names = header.map((cell) => cell.trim());
  const indexes: Record<string, number> = {};
  const unused: string[] = [];
  names.forEach((name, index) => {
    const column = SHEET_COLUMNS.find((c) => HEADER_ALIASES[c].includes(name.toLowerCase()));
    if (!column) {
      if (name) unused.push(name);
      return;
    }
    if (column in indexes) unused.push(`${name} (a second ${column} column)`);
    else indexes[column] = index;
  });
  const missing = SHEET_COLUMNS.filter((c) => c !== 'Notes' && !(c in indexes));
  if (missing.length === 0) return { indexes, unused };
  if (names.some((name) => name.includes('@'))) {
    return `The first line looks like a person (${names.join(', ')}), not column names. Add a first line with the column names: Email, Role, Notes.`;
  }
  return `The first line must name the columns Email, Role and Notes. Missing: ${missing.join(', ')}. Found: ${names.filter(Boolean).join(', ') || 'nothing'}.`;
}

/**
 * Reads the invite spreadsheet (CSV text, from a file or pasted). Returns the rows to check, or one
 * clear problem with the whole file. Blank lines are skipped; a byte-order mark is ignored.
 */
export function parseInviteSheet(input: string): SheetParse {
  if (input.length > MAX_SHEET_BYTES) {
    return fail(
      `The file is ${(input.length / 1_000_000).toFixed(1)} MB. A list of ${count(MAX_SHEET_ROWS)} people is far smaller: check you chose the right file.`,
    );
  }
  if (input.includes('\u0000') || input.startsWith('PK\u0003\u0004')) {
    return fail('This is not a CSV text file. If it is an Excel or Numbers sheet, save or export it as CSV first.');
  }
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '')
    return fail('The file is empty. Put the column names Email, Role, Notes on the first line and one person per line below.');
  let parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'] });
  const quoteNotices: string[] = [];
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  // A quote left open with nothing after it is a value never closed; a closing quote followed by more text
  // (PapaParse's InvalidQuotes) means the marks are stray.
  if (quoteError && !parsed.errors.some((e) => e.code === 'InvalidQuotes')) {
    return fail(`Line ${(quoteError.row ?? 0) + 1} has a quoted value that is not closed. Check the quotation marks on that line.`);
  }
  if (quoteError) {
    // Quotation marks that do not pair up (e.g. =HYPERLINK("…","…") typed without surrounding quotes):
    // read them as text when every line still stands on its own, and say so; else the file is unreadable.
    const literal = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], quoteChar: '\u0000' });
    const lineCount = text.split(/\r\n|\n|\r/).length;
    const line = (quoteError.row ?? 0) + 1;
    if (literal.errors.length > 0 || literal.data.length !== lineCount) {
      return fail(`Line ${line} has a quoted value that is not closed. Check the quotation marks on that line.`);
    }
    parsed = literal;
    quoteNotices.push(`Line ${line} has quotation marks that do not pair up: they were read as part of the values. Check that line.`);
  }
  const lines = parsed.data.map((cells, index) => ({ cells, line: index + 1 })).filter(({ cells }) => !isBlank(cells));
  const [header, ...body] = lines;
  if (!header) return fail('The file is empty.');
  const columns = columnIndexes(header.cells);
  if (typeof columns === 'string') return fail(columns);
  if (body.length === 0) return fail('Nobody to invite: the file has the column names but no people under them.');
  if (body.length > MAX_SHEET_ROWS) {
    return fail(
      `The file lists ${count(body.length)} people; Site Access invites at most ${count(MAX_SHEET_ROWS)} at a time. Split it into smaller files.`,
    );
  }
  const { indexes, unused } = columns;
  const cell = (cells: string[], column: string) => {
    const index = indexes[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const rows = body.map(({ cells, line }) => ({
    line,
    email: cell(cells, 'Email'),
    role: cell(cells, 'Role'),
    notes: cell(cells, 'Notes'),
    extraValues: Math.max(0, cells.length - header.cells.length),
  }));
  const notices = [
    ...quoteNotices,
    ...(unused.length ? [`Not used: ${unused.join(', ')}. Only the Email, Role and Notes columns are read.`] : []),
  ];
  return { ok: true, rows, notices };
}
