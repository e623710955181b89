type Row = Record<string, unknown>;

/**
 * Log rows as stored (intents and the closing entries appended after them) as people read them: each
 * intent with its latest closure's outcome and detail; closing entries left out.
 */
export function foldedRows<T extends Row>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  const order = (r: Row) => (typeof r.seq === 'number' ? r.seq : 0);
  for (const r of rows) {
    if (typeof r.closes !== 'string' || r.closes === '') continue;
    const seen = latest.get(r.closes);
    if (!seen || order(r) > order(seen)) latest.set(r.closes, r);
  }
  return rows
    .filter((r) => typeof r.closes !== 'string' || r.closes === '')
    .map((r) => {
      const closure = latest.get(String(r._id));
      return closure ? { ...r, outcome: closure.outcome, detail: closure.detail } : r;
    });
}
