import { chainWalker } from '../../access/log-verify';
import type { recordsApi } from '../../wix/records';
import { readRange } from './chain-store';
import type { LogDraft } from '../../access/access-log';
import { appendNow } from './append-log';

type Records = ReturnType<typeof recordsApi>;

/** How many entries before a write batch the backend checks with it (one query of at most 1,000 entries). */
export const CHECKED_BEFORE = 200;

/**
 * After each write batch: the batch and the 200 entries before it (one query, at most 1,000 entries: a
 * bounded read on every write, not the whole log) must each match their hash and follow the one before. A problem is written into the log itself as an "Access log check" entry, once (the same
 * finding already in the window is not written again). Verify walks the whole chain.
 */
export async function checkRecent(records: Records, firstSeq: number, headSeq: number, at: Date): Promise<string | null> {
  const from = Math.max(1, firstSeq - CHECKED_BEFORE, headSeq - 999);
  const window = await readRange(records, from, headSeq);
  const first = window[0];
  if (!first) return null;
  const walker = chainWalker({ seq: first.seq - 1, hash: first.prevHash });
  const problem = (await walker.page(window))?.message ?? null;
  if (!problem || window.some((e) => e.action === 'log-check' && e.detail === problem)) return problem;
  const note: LogDraft = {
    at,
    action: 'log-check',
    subjectEmail: '',
    subjectName: '',
    role: '',
    reason: '',
    actor: 'Site Access (automatic check)',
    outcome: 'failed',
    detail: problem,
  };
  await appendNow(records, [note]).catch(() => undefined);
  return problem;
}
