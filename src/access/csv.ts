/**
 * CSV in and out of spreadsheets. Spreadsheet apps run a cell that starts with `=`, `+`, `-` or `@`
 * as a formula, so such cells are refused on the way in and neutralised on the way out.
 */

/** A cell a spreadsheet would run: `=…`, or `+`/`-`/`@` followed by a call or a reference. */
export function looksLikeFormula(cell: string): boolean {
  const value = cell.trim();
  return value.startsWith('=') || (/^[+\-@]/.test(value) && /[(!|]/.test(value));
}

/** Prefixes a quote to any cell a spreadsheet could read as a formula (OWASP's advice for CSV export). */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  const cell = safeCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows as CSV text with a byte-order mark, so Excel reads UTF-8 names correctly. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** A link target that downloads the CSV without a server or object URLs. */
export function csvDataUri(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
