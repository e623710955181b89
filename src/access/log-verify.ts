import { chainId, entryHash, GENESIS_HASH, type Chained } from './log-chain';

/** Where the chain first breaks, in words a person understands. */
export interface ChainProblem {
  kind: 'changed' | 'removed' | 'inserted';
  /** The entry's number (for `removed`: the first missing number). */
  seq: number;
  /** When the entry says it was written (null when it is gone). */
  at: string | null;
  message: string;
}

export type LogCheck =
  | { intact: true; count: number; lastAt: string | null; headHash: string; unchained: number }
  | { intact: false; problem: ChainProblem; checked: number; unchained: number };

const iso = (at: Date | string) => (at instanceof Date ? at : new Date(at)).toISOString();

/**
 * Walks the chain in `seq` order, one entry at a time, keeping only the last entry's number and hash
 * (so any length is checked in bounded memory). `next` answers the first problem, or null. `from` starts
 * the walk after a known entry (a window of the chain) instead of at the beginning.
 */
export function chainWalker(from: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH }) {
  let last = { seq: from.seq, hash: from.hash, at: null as string | null, id: '' };
  let problem: ChainProblem | null = null;
  const fail = (p: ChainProblem) => (problem = p);

  /** One entry, given its recomputed hash. */
  function step(entry: Chained, recomputed: string): ChainProblem | null {
    if (problem) return problem;
    const at = iso(entry.at);
    if (entry.seq === last.seq) {
      return fail({
        kind: 'inserted',
        seq: entry.seq,
        at,
        message: `A second entry #${entry.seq} (${at}) was added beside the real one: the app never writes two.`,
      });
    }
    if (entry.seq > last.seq + 1) {
      const missing = last.seq + 1;
      const range = entry.seq - 1 === missing ? `#${missing} is` : `#${missing}–#${entry.seq - 1} are`;
      return fail({
        kind: 'removed',
        seq: missing,
        at: null,
        message: `Entry ${range} missing: removed from the log after #${last.seq}${last.at ? ` (${last.at})` : ''}.`,
      });
    }
    if (entry._id !== chainId(entry.seq)) {
      return fail({
        kind: 'inserted',
        seq: entry.seq,
        at,
        message: `Entry #${entry.seq} (${at}) was not written by Site Access (its id does not match its number).`,
      });
    }
    if (recomputed !== entry.hash) {
      return fail({
        kind: 'changed',
        seq: entry.seq,
        at,
        message: `Entry #${entry.seq} (${at}) was changed after it was written: its content no longer matches its hash.`,
      });
    }
    if (entry.prevHash !== last.hash) {
      const which = last.seq === 0 ? `Entry #${entry.seq}` : `Entry #${last.seq} (${last.at}) or #${entry.seq} (${at})`;
      return fail({
        kind: 'changed',
        seq: Math.max(1, last.seq),
        at: last.at ?? at,
        message: `${which} was rewritten: #${entry.seq} no longer follows the entry before it.`,
      });
    }
    last = { seq: entry.seq, hash: entry.hash, at, id: entry._id };
    return null;
  }

  const next = async (entry: Chained) => problem ?? step(entry, await entryHash(entry.prevHash, entry));

  /**
   * Entries in `seq` order, as `next` one by one would: their hashes are computed together first (each one
   * depends only on the entry itself, and Web Crypto works them in parallel instead of one round trip each).
   */
  async function page(entries: readonly Chained[]): Promise<ChainProblem | null> {
    if (problem) return problem;
    const hashes = await Promise.all(entries.map((entry) => entryHash(entry.prevHash, entry)));
    for (const [i, entry] of entries.entries()) if (step(entry, hashes[i] ?? '')) break;
    return problem;
  }

  return {
    next,
    page,
    /** The result after the last entry. */
    result: (unchained = 0): LogCheck =>
      problem
        ? { intact: false, problem, checked: Math.max(0, problem.seq - 1), unchained }
        : { intact: true, count: last.seq, lastAt: last.at, headHash: last.hash, unchained },
    /** The last entry walked (for paging on). */
    position: () => ({ seq: last.seq, id: last.id }),
  };
}

/** "Log intact: 1,234 entries, last at …" or what is wrong, for the tab and the script. */
export function describeCheck(check: LogCheck): string {
  const older =
    check.unchained > 0
      ? ` ${check.unchained.toLocaleString('en-US')} older ${check.unchained === 1 ? 'entry was' : 'entries were'} written before the chain began and ${check.unchained === 1 ? 'is' : 'are'} not covered.`
      : '';
  if (!check.intact) return `Log changed: ${check.problem.message}${older}`;
  if (check.count === 0) return `No chained entries yet.${older}`;
  return `Log intact: ${check.count.toLocaleString('en-US')} ${check.count === 1 ? 'entry' : 'entries'}, last at ${check.lastAt}. Head hash ${check.headHash}.${older}`;
}
