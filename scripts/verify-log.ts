/**
 * Verifies an exported access log offline:  npx tsx scripts/verify-log.ts access-log-2026-12-02.csv
 * Prints "Log intact: …" and the head hash (compare it with the one you wrote down), or the first entry
 * that was changed, inserted or removed. Exit code 0 when intact, 1 when not, 2 when the file cannot be read.
 */
import { readFile } from 'node:fs/promises';
import { verifyLogCsv } from '../src/access/log-csv-verify.js';
import { describeCheck } from '../src/access/log-verify.js';

async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npx tsx scripts/verify-log.ts <exported access log .csv>');
    return 2;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  try {
    const check = await verifyLogCsv(text);
    console.log(describeCheck(check));
    return check.intact ? 0 : 1;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
}

process.exitCode = await main();
