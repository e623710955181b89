import { logEntrySchema, type LogDraft, type LogEntry } from '../../access/access-log';
import { chainAfter } from '../../access/log-chain';
import { COLLECTIONS } from '../../wix/collections';
import { WixError } from '../../wix/errors';
import { isAlreadySaved, type recordsApi } from '../../wix/records';
import { readHead, readRange } from './chain-store';
import { checkRecent } from './recent-check';
import type { Appended } from '../../contract/answers';

type Records = ReturnType<typeof recordsApi>;

const BATCH = 1000;
const ATTEMPTS = 5;

// One append at a time in this backend process, so its own writes never race each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Appends entries to the chain: the backend reads the head, numbers and hashes the entries after it
 * and inserts them with ids derived from their numbers. Wix Data has no conditional update, but it refuses
 * an insert whose `_id` exists: a writer that lost a race for #n is refused, re-reads the head and
 * chains again. An insert whose answer was lost is settled by reading the items at those ids (same
 * hash: ours). What remains: two backend instances racing a multi-entry batch can leave the loser's later
 * entries dangling after its refused one; it removes them and re-chains, and if that removal fails,
 * Verify reports the break.
 */
export function appendLog(records: Records, drafts: LogDraft[], now: () => Date = () => new Date()): Promise<Appended[]> {
  const run = queue.then(async () => {
    const appended = await appendNow(records, drafts);
    const seqs = appended.flatMap((a) => ('entry' in a && a.entry.seq !== undefined ? [a.entry.seq] : []));
    const [first] = seqs;
    const last = seqs.at(-1);
    // A failed check never fails the write it follows.
    if (first !== undefined && last !== undefined) await checkRecent(records, first, last, now()).catch(() => null);
    return appended;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Appends without the queue or the check after it (for the check's own note, already in the queue). */
export async function appendNow(records: Records, drafts: LogDraft[]): Promise<Appended[]> {
  const out: Appended[] = [];
  for (let start = 0; start < drafts.length; start += BATCH) out.push(...(await appendBatch(records, drafts.slice(start, start + BATCH))));
  return out;
}

async function appendBatch(records: Records, drafts: LogDraft[]): Promise<Appended[]> {
  const results = new Map<number, Appended>();
  let left = drafts.map((draft, index) => ({ draft, index }));
  let lastError: unknown = null;
  for (let attempt = 0; attempt < ATTEMPTS && left.length > 0; attempt += 1) {
    const head = await readHead(records);
    const chained = await chainAfter(
      head,
      left.map((l) => l.draft),
    );
    let problems: (string | undefined)[] | null = null;
    let failure: unknown = null;
    try {
      problems = await records.insertMany(COLLECTIONS.accessLog, chained);
    } catch (error) {
      failure = error; // Refused as a whole, or the answer was lost: what is there says which.
      lastError = error;
    }
    const first = chained[0];
    const last = chained[chained.length - 1];
    if (!first || !last) break;
    const ours = problems?.every((p) => p === undefined) ? chained.map(() => true) : await readBack(records, chained);
    // Wix answered with a refusal (429, 500, …) and wrote nothing: the caller hears it, as for any write.
    if (failure instanceof WixError && failure.kind !== 'offline' && !ours.some(Boolean)) throw failure;
    // Ours up to the first entry that is not: those stand. Later ones of ours would dangle: removed.
    const prefix = ours.indexOf(false) === -1 ? ours.length : ours.indexOf(false);
    for (let i = prefix + 1; i < chained.length; i += 1) {
      const entry = chained[i];
      if (ours[i] && entry) await records.remove(COLLECTIONS.accessLog, entry._id).catch(() => undefined);
    }
    const next: typeof left = [];
    left.forEach((l, i) => {
      const entry = chained[i];
      if (i < prefix && entry) return void results.set(l.index, { entry: logEntrySchema.parse(entry) });
      const problem = problems?.[i];
      // Refused for itself (too large, …), not for a number someone else took: reported, not retried.
      if (i === prefix && problem !== undefined && !isAlreadySaved(problem)) return void results.set(l.index, { problem });
      next.push(l);
    });
    left = next;
  }
  if (left.length > 0) {
    const why = lastError instanceof Error ? lastError.message : 'Other writers kept taking the next numbers in the log.';
    if (results.size === 0 && lastError) throw lastError;
    for (const l of left) results.set(l.index, { problem: `Not logged: ${why}` });
  }
  return drafts.map((_, index) => results.get(index) ?? { problem: 'Not logged.' });
}

/** Which of the entries are stored as this writer chained them (after a refusal or a lost answer). */
async function readBack(records: Records, chained: { _id: string; seq: number; hash: string }[]): Promise<boolean[]> {
  const first = chained[0]?.seq ?? 0;
  const last = chained[chained.length - 1]?.seq ?? 0;
  const stored = new Map((await readRange(records, first, last)).map((e) => [e._id, e]));
  return chained.map((c) => stored.get(c._id)?.hash === c.hash);
}
