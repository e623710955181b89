import { reviewCadence, nextDue } from '../access/review/cadence';
import { decisionRecordFields, decisionRecordSchema } from '../access/review/decision-record';
import {
  REVIEW_KINDS,
  reviewFields,
  reviewSchema,
  summarizeDecisions,
  type Decision,
  type Review,
  type ReviewKind,
} from '../access/review/review-record';
import { COLLECTIONS } from '../wix/collections';
import { WixError } from '../wix/errors';
import type { Gateway } from '../wix/gateway';
import type { OperationContext } from './log';
// The reads (what the page opens with) are in review-reads.ts, so the first chunk does not carry these writes.
import { loadDecisionRecords } from '../wix/review-reads';

/** Starts a review: the record exists before the first decision, so a reload can resume it. */
export function startReview({ gateway, clock, actor }: OperationContext, kind: ReviewKind): Promise<Review> {
  return gateway.records.insertKeyed(COLLECTIONS.reviews, reviewSchema, {
    _id: crypto.randomUUID(),
    kind,
    startedAt: clock(),
    completedAt: null,
    reviewer: actor,
    decisions: [],
    nextDueAt: null,
    nextDueKind: null,
    reminderTaskId: null,
  });
}

/** Saves the review record as it is (completion writes the summary through `completeReview`, not the decisions). */
export function saveReview(gateway: Gateway, review: Review): Promise<Review> {
  return gateway.records.update(COLLECTIONS.reviews, reviewSchema, reviewFields(review));
}

/**
 * Saves one decision of an open review as its own small record (`<reviewId>:<subjectKey>`): the first
 * time an insert; when that row's record exists (a changed decision, or a retry after a lost answer)
 * Wix refuses the insert (409) and the record is replaced instead, so a row never has two.
 */
export async function saveDecision(gateway: Gateway, reviewId: string, decision: Decision): Promise<void> {
  const fields = decisionRecordFields(reviewId, decision);
  try {
    await gateway.records.insert(COLLECTIONS.reviewDecisions, decisionRecordSchema, fields);
  } catch (error) {
    if (!(error instanceof WixError && error.status === 409)) throw error;
    await gateway.records.update(COLLECTIONS.reviewDecisions, decisionRecordSchema, fields);
  }
}

export interface Completion {
  review: Review;
  warnings: string[];
}

/**
 * Completes a review: works out the next due review, creates a Wix task for it (and completes
 * the task that reminded of this one), then saves the review as completed: its record gets the
 * summary's counts, and its decisions stay in their own records (the caller saved them all first),
 * so the record stays small whatever the review's size. The returned review keeps its decisions in memory.
 */
export async function completeReview(context: OperationContext, review: Review, history: readonly Review[]): Promise<Completion> {
  const { gateway, clock } = context;
  const now = clock();
  const done: Review = { ...review, completedAt: now };
  const others = history.filter((r) => r._id !== review._id);
  const next = nextDue(reviewCadence([...others, done], now), now);
  const warnings: string[] = [];
  let reminderTaskId: string | null = null;
  if (next) {
    const title = REVIEW_KINDS[next.kind].title;
    try {
      const task = await gateway.reminders.create({
        title: `Site Access: ${title} due`,
        description: `Open Site Access in your dashboard and run the ${title.toLowerCase()}. Last review completed ${now.toISOString().slice(0, 10)}.`,
        dueDate: next.dueAt,
      });
      reminderTaskId = task._id;
    } catch (error) {
      warnings.push(`The review is complete, but the reminder could not be created in Tasks & Reminders: ${(error as Error).message}`);
    }
  }
  try {
    await saveMissingDecisions(gateway, review);
    const saved = await saveReview(gateway, {
      ...done,
      decisions: [],
      summary: summarizeDecisions(review.decisions),
      nextDueAt: next?.dueAt ?? null,
      nextDueKind: next?.kind ?? null,
      reminderTaskId,
    });
    await completePreviousReminder(gateway, others, warnings);
    return { review: { ...saved, decisions: review.decisions }, warnings };
  } catch (error) {
    // Not completed after all: take back the reminder so a retry does not leave two.
    if (reminderTaskId) await gateway.reminders.remove(reminderTaskId).catch(() => undefined);
    throw error;
  }
}

/**
 * Before the summary replaces the decisions: every decision of the review has its record. Reads the
 * records (one request per 1,000) and saves the ones missing: decisions a review started before they had
 * their own records holds inside its record, or a save that failed unnoticed.
 */
async function saveMissingDecisions(gateway: Gateway, review: Review): Promise<void> {
  if (review.decisions.length === 0) return;
  const saved = new Map((await loadDecisionRecords(gateway, review._id)).map((r) => [r.subjectKey, r]));
  for (const decision of review.decisions) {
    const record = saved.get(decision.subjectKey);
    if (
      !record ||
      record.decision !== decision.decision ||
      record.reason !== decision.reason ||
      record.at.getTime() !== decision.at.getTime()
    )
      await saveDecision(gateway, review._id, decision);
  }
}

/** The task that reminded of this review is done now. */
async function completePreviousReminder(gateway: Gateway, others: readonly Review[], warnings: string[]): Promise<void> {
  const previousTask = others.find((r) => r.completedAt && r.reminderTaskId)?.reminderTaskId;
  if (!previousTask) return;
  try {
    const task = await gateway.reminders.get(previousTask);
    if (task && task.status !== 'COMPLETED') await gateway.reminders.complete(task);
  } catch {
    warnings.push('The previous review reminder could not be marked done; you can tick it off in Tasks & Reminders.');
  }
}
