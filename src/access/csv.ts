import Papa from 'papaparse';

/**
 * CSV in and out of spreadsheets. Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@`
 * as a formula, so such cells are refused on the way in and neutralised on the way out.
 */

/** A cell a spreadsheet would run: `=…`, or `+`/`-`/`@` followed by a call or a reference. */
export function looksLikeFormula(cell: string): boolean {
  const value = cell.trim();
  return value.startsWith('=') || (/^[+\-@]/.test(value) && /[(!|]/.test(value));
}

/**
 * Cells PapaParse prefixes with `'` so a spreadsheet shows them as text (OWASP's advice). Its own
 * `escapeFormulae: true` pattern ends in `.*$`, which misses values with a line break.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows as CSV (first row the header), quoted where needed, formulas neutralised. Every export uses this. */
export function unparseCsv(rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    rows.map((row) => [...row]),
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}

/** The same with a byte-order mark and a final line break, so Excel reads UTF-8 names correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${unparseCsv(rows)}\r\n`;
}

/** A link target that downloads the CSV without a server or object URLs. */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
