import { checkInviteRows, type CheckedRow, type SiteSnapshot } from '../../access/invite-sheet-check';
import { MAX_SHEET_BYTES, parseInviteSheet } from '../../access/invite-sheet';

export type SheetCheck = { ok: true; rows: CheckedRow[]; notices: string[] } | { ok: false; problem: string };

/** Parses and checks the sheet against the site as loaded. */
export function checkSheet(text: string, site: SiteSnapshot): SheetCheck {
  const parsed = parseInviteSheet(text);
  if (!parsed.ok) return parsed;
  return { ok: true, rows: checkInviteRows(parsed.rows, site), notices: parsed.notices };
}

/** Reads a chosen file as text, refusing what cannot be an invite list before reading it. */
export async function readSheetFile(file: File): Promise<string | { problem: string }> {
  if (/\.(xlsx|xls|numbers|ods)$/i.test(file.name)) {
    return { problem: `${file.name} is a spreadsheet workbook. Save or export it as CSV first, then choose the .csv file.` };
  }
  if (file.size > MAX_SHEET_BYTES) {
    return {
      problem: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB. A list of 1,000 people is far smaller: check you chose the right file.`,
    };
  }
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : { problem: `Couldn't read ${file.name}.` });
    reader.onerror = () => resolve({ problem: `Couldn't read ${file.name}. Choose it again, or paste its rows instead.` });
    reader.readAsText(file);
  });
}
