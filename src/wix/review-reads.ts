import { decisionRecordSchema, withDecisionRecords } from '../access/review/decision-record';
import { reviewSchema, type Review } from '../access/review/review-record';
import { COLLECTIONS } from './collections';
import type { Gateway } from './gateway';

/** A review's decisions as saved in their own records (one request per 1,000; the pages in one wave). */
export function loadDecisionRecords(gateway: Gateway, reviewId: string) {
  return gateway.records.list(COLLECTIONS.reviewDecisions, decisionRecordSchema, { where: { reviewId } });
}

/** A review with its decisions read from their records (for a completed one: its CSV export). */
export async function loadReviewDecisions(gateway: Gateway, review: Review): Promise<Review> {
  return withDecisionRecords(review, await loadDecisionRecords(gateway, review._id));
}

/**
 * The reviews, newest first. The open review and the latest completed one (when it was completed with a
 * summary, its decisions kept in their records) get their decisions rebuilt from their records: one wave
 * of queries after the reviews, one per review. Older completed reviews keep their summary's counts (their
 * CSV reads their records when asked for); reviews completed before summaries carry their decisions inside.
 */
export async function loadReviews(gateway: Gateway): Promise<Review[]> {
  const reviews = await gateway.records.list(COLLECTIONS.reviews, reviewSchema, { orderBy: { field: 'startedAt', direction: 'desc' } });
  const latestCompleted = reviews.find((r) => r.completedAt !== null);
  const toRead = reviews.filter(
    (r) => r.completedAt === null || (r === latestCompleted && r.summary !== undefined && r.summary.decisions > 0),
  );
  if (toRead.length === 0) return reviews;
  const byReview = await Promise.all(toRead.map((r) => loadDecisionRecords(gateway, r._id)));
  const rebuilt = new Map(toRead.map((r, i) => [r._id, withDecisionRecords(r, byReview[i] ?? [])]));
  return reviews.map((r) => rebuilt.get(r._id) ?? r);
}
