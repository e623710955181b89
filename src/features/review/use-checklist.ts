import { useMemo, useRef } from 'react';
import {
  buildChecklist,
  decidedGhosts,
  inSeenOrder,
  needsDecision,
  type ChecklistRow,
  type SiteSnapshot,
} from '../../access/review/checklist';
import { reviewFindings, urgencyByRow, type FindingCode } from '../../access/review/findings';
import type { Decision, Review } from '../../access/review/review-record';
import { useServices } from '../../page/services';

const TYPE_ORDER = { person: 0, invite: 1 } as const;
/** Names compare in lower case without accents ("Émile" with "emile"): an Intl.Collator costs ~8 ms to create at page open. */
const nameKey = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The checklist rows (most urgent findings first), the findings, and for the open review the rows
 * it asks a decision on. Rebuilt when Wix data changes, not on every decision; while a review is
 * open the rows keep their order.
 */
export function useChecklist(site: SiteSnapshot, review: Review | null) {
  const { clock } = useServices();
  const base = useMemo(() => {
    const now = clock();
    const rows = buildChecklist(site, now);
    const findings = reviewFindings(rows, site.people, site.roles, now, site.requests, site.reviews);
    const rank = urgencyByRow(findings);
    const codes = new Map<string, FindingCode[]>();
    for (const f of findings) for (const key of f.rowKeys) codes.set(key, [...(codes.get(key) ?? []), f.code]);
    const names = new Map(rows.map((row) => [row.key, nameKey(row.name)]));
    const sorted = [...rows].sort(
      (a, b) =>
        (rank.get(a.key) ?? 99) - (rank.get(b.key) ?? 99) ||
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
        byName(names.get(a.key) ?? '', names.get(b.key) ?? ''),
    );
    return { rows: sorted, findings, codes, now };
  }, [site, clock]);

  const decisions = useMemo(() => new Map<string, Decision>((review?.decisions ?? []).map((d) => [d.subjectKey, d])), [review?.decisions]);
  // While a review is open, rows keep the order of its first screen (see inSeenOrder).
  const seen = useRef<{ reviewId: string; keys: string[] } | null>(null);
  const rows = useMemo(() => {
    const ghosts = decidedGhosts(review, base.rows);
    const all = ghosts.length ? [...base.rows, ...ghosts] : base.rows;
    if (!review) return all;
    const ordered = seen.current?.reviewId === review._id ? inSeenOrder(all, seen.current.keys) : all;
    seen.current = { reviewId: review._id, keys: ordered.map((r) => r.key) };
    return ordered;
  }, [review, base.rows]);
  const subjects = useMemo<ChecklistRow[]>(
    () => (review ? rows.filter((r) => needsDecision(r, review.kind) || decisions.has(r.key)) : []),
    [review, rows, decisions],
  );
  return { rows, findings: base.findings, codes: base.codes, now: base.now, decisions, subjects };
}

export type Checklist = ReturnType<typeof useChecklist>;
