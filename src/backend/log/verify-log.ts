import { chainWalker, type LogCheck } from '../../access/log-verify';
import type { recordsApi } from '../../wix/records';
import { readAfter, unchainedEntries } from './chain-store';

type Records = ReturnType<typeof recordsApi>;

/** Entries per query while verifying (Wix's largest page). */
export const VERIFY_PAGE = 1000;

/**
 * Walks the whole chain in `seq` order, 1,000 entries a query, holding one page and the last entry's hash
 * (bounded memory at any length); then counts the entries written before the chain began and checks
 * none of them claims a time after it began (that one was inserted). Answers the first problem found.
 */
export async function verifyLog(records: Records): Promise<LogCheck> {
  const walker = chainWalker();
  let startedAt: Date | null = null;
  for (;;) {
    const { seq, id } = walker.position();
    const page = await readAfter(records, seq, id, VERIFY_PAGE);
    startedAt ??= page[0]?.at ?? null;
    await walker.page(page);
    const partial = walker.result();
    if (!partial.intact || page.length < VERIFY_PAGE) break;
  }
  const unchained = await unchainedEntries(records, startedAt);
  const check = walker.result(unchained.count);
  if (!check.intact || !unchained.inserted) return check;
  const at = unchained.inserted.at.toISOString();
  return {
    intact: false,
    checked: check.count,
    unchained: unchained.count,
    problem: {
      kind: 'inserted',
      seq: 0,
      at,
      message: `An entry without a number (${at}, ${unchained.inserted.action}, ${unchained.inserted.subjectEmail}) was added after the chain began: Site Access did not write it.`,
    },
  };
}
