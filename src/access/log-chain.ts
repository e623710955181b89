/**
 * The access log's hash chain (pure: no Wix, no I/O). Every entry the backend writes carries `seq`
 * (1, 2, 3, …), `prevHash` (the previous entry's `hash`; GENESIS for #1) and
 * `hash` = SHA-256 hex of `prevHash + canonical(entry)`. Editing, removing or inserting an entry breaks
 * the chain where it happened. The canonical form is documented in the README ("Tamper evidence").
 */

/** The `prevHash` of entry #1. */
export const GENESIS_HASH = '0'.repeat(64);

/** What is hashed of an entry, in this order. Dates as ISO strings; a missing text as ''. */
export const CHAINED_FIELDS = [
  'seq',
  'at',
  'action',
  'subjectEmail',
  'subjectName',
  'role',
  'reason',
  'actor',
  'outcome',
  'detail',
  'grantId',
  'closes',
] as const;

export interface ChainContent {
  seq: number;
  at: Date | string;
  action: string;
  subjectEmail: string;
  subjectName?: string;
  role?: string;
  reason?: string;
  actor?: string;
  outcome: string;
  detail?: string;
  grantId?: string;
  closes?: string;
}

export interface Chained extends ChainContent {
  _id: string;
  prevHash: string;
  hash: string;
}

const iso = (at: Date | string) => (at instanceof Date ? at.toISOString() : new Date(at).toISOString());

/** The canonical form: a JSON array of the CHAINED_FIELDS values, in order. */
export function canonical(entry: ChainContent): string {
  return JSON.stringify([
    entry.seq,
    iso(entry.at),
    entry.action,
    entry.subjectEmail,
    entry.subjectName ?? '',
    entry.role ?? '',
    entry.reason ?? '',
    entry.actor ?? '',
    entry.outcome,
    entry.detail ?? '',
    entry.grantId ?? '',
    entry.closes ?? '',
  ]);
}

/** SHA-256 hex with Web Crypto (Node 20 and browsers; no dependency). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export const entryHash = (prevHash: string, entry: ChainContent) => sha256Hex(prevHash + canonical(entry));

/**
 * The `_id` of entry #seq: GUID-shaped and derived from the number, so two writers that both try to
 * append #seq collide on the id and Wix refuses the second insert (Wix Data has no conditional update).
 */
export function chainId(seq: number): string {
  return `5ac0e000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
}

/** The entries, chained after `head` (seq and hash of the last entry; null for an empty chain). */
export async function chainAfter<T extends Omit<ChainContent, 'seq'>>(head: { seq: number; hash: string } | null, entries: T[]) {
  const out: (T & { _id: string; seq: number; prevHash: string; hash: string })[] = [];
  let prev = head ?? { seq: 0, hash: GENESIS_HASH };
  for (const entry of entries) {
    const seq = prev.seq + 1;
    const hash = await entryHash(prev.hash, { ...entry, seq });
    out.push({ ...entry, _id: chainId(seq), seq, prevHash: prev.hash, hash });
    prev = { seq, hash };
  }
  return out;
}
