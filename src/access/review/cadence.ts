import { REVIEW_KINDS, REVIEW_KIND_IDS, type Review, type ReviewKind } from './review-record';

/** Which completed reviews count for a cadence: a fuller review also does the lighter one's job. */
const SATISFIED_BY: Record<ReviewKind, readonly ReviewKind[]> = {
  'invites-monthly': ['invites-monthly', 'full-quarterly', 'recert-annual'],
  'full-quarterly': ['full-quarterly', 'recert-annual'],
  'recert-annual': ['recert-annual'],
};

export interface CadenceItem {
  kind: ReviewKind;
  title: string;
  every: string;
  lastDone: Date | null;
  /**
   * When it falls due: an interval after it was last done; if it was never done, an interval after
   * the first completed review of any kind (the site's reviews started then); `now` before any review.
   */
  dueAt: Date;
  overdue: boolean;
}

/** Calendar months in UTC, clamped to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}

export function reviewCadence(reviews: readonly Review[], now: Date): CadenceItem[] {
  const firstDone = reviews.flatMap((r) => (r.completedAt ? [r.completedAt] : [])).sort((a, b) => a.getTime() - b.getTime())[0];
  return REVIEW_KIND_IDS.map((kind) => {
    const done = reviews
      .filter((r) => r.completedAt && SATISFIED_BY[kind].includes(r.kind))
      .map((r) => r.completedAt as Date)
      .sort((a, b) => b.getTime() - a.getTime());
    const lastDone = done[0] ?? null;
    const since = lastDone ?? firstDone;
    const dueAt = since ? addMonths(since, REVIEW_KINDS[kind].months) : now;
    return {
      kind,
      title: REVIEW_KINDS[kind].title,
      every: REVIEW_KINDS[kind].every,
      lastDone,
      dueAt,
      overdue: dueAt.getTime() <= now.getTime(),
    };
  });
}

/** The next review to remind of: the earliest due, never before now. */
export function nextDue(items: readonly CadenceItem[], now: Date): { kind: ReviewKind; dueAt: Date } | null {
  const first = [...items].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  if (!first) return null;
  return { kind: first.kind, dueAt: first.dueAt.getTime() < now.getTime() ? now : first.dueAt };
}

/** The review to suggest: the fullest one that is due (a first review is a full one), else the monthly check. */
export function suggestedKind(items: readonly CadenceItem[]): ReviewKind {
  const due = items.filter((i) => i.overdue && (i.kind !== 'recert-annual' || i.lastDone !== null)).map((i) => i.kind);
  return (['recert-annual', 'full-quarterly', 'invites-monthly'] as const).find((k) => due.includes(k)) ?? 'invites-monthly';
}
