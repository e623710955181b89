import { z } from '../zod';
import { decisionSchema, type Decision, type Review } from './review-record';

/**
 * One decision of an open review, saved as its own record: a decision writes a few hundred bytes
 * whatever the review's size. Its id is the review's and the row's, so saving it again (a retry, a
 * changed decision) replaces it instead of adding another.
 */
export const decisionRecordSchema = z.extend(decisionSchema, { _id: z.string(), reviewId: z.string() });
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

export const decisionRecordId = (reviewId: string, subjectKey: string) => `${reviewId}:${subjectKey}`;

/** The record as written to Wix Data (the date as an ISO string; no optional field left undefined). */
export function decisionRecordFields(reviewId: string, decision: Decision): Record<string, unknown> & { _id: string } {
  const { newRole, ...rest } = decision;
  return {
    ...rest,
    ...(newRole === undefined ? {} : { newRole }),
    at: decision.at.toISOString(),
    _id: decisionRecordId(reviewId, decision.subjectKey),
    reviewId,
  };
}

/**
 * The review with its saved decision records: one decision per row, a record replacing what the review
 * record itself holds for that row (reviews saved before decisions had their own records).
 */
export function withDecisionRecords(review: Review, records: readonly DecisionRecord[]): Review {
  const byKey = new Map(review.decisions.map((d) => [d.subjectKey, d]));
  for (const { _id: _unused, reviewId, ...decision } of records) if (reviewId === review._id) byKey.set(decision.subjectKey, decision);
  return { ...review, decisions: [...byKey.values()].sort((a, b) => a.at.getTime() - b.at.getTime()) };
}
