import { reviewCadence, nextDue } from '../access/review/cadence';
import { decisionRecordFields, decisionRecordSchema, withDecisionRecords } from '../access/review/decision-record';
import { REVIEW_KINDS, reviewFields, reviewSchema, type Decision, type Review, type ReviewKind } from '../access/review/review-record';
import { COLLECTIONS } from '../wix/collections';
import { WixError } from '../wix/errors';
import type { Gateway } from '../wix/gateway';
import type { OperationContext } from './log';

/** Starts a review: the record exists before the first decision, so a reload can resume it. */
export function startReview({ gateway, clock, actor }: OperationContext, kind: ReviewKind): Promise<Review> {
  return gateway.records.insert(COLLECTIONS.reviews, reviewSchema, {
    kind, startedAt: clock(), completedAt: null, reviewer: actor, decisions: [], nextDueAt: null, nextDueKind: null, reminderTaskId: null,
  });
}

/** Saves the whole review record (on completion: the summary, with every decision). */
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

/**
 * The reviews, newest first, each open one with its decisions rebuilt from their records (one more
 * query, only while a review is open). Completed reviews carry their decisions in the summary.
 */
export async function loadReviews(gateway: Gateway): Promise<Review[]> {
  const reviews = await gateway.records.list(COLLECTIONS.reviews, reviewSchema, { orderBy: { field: 'startedAt', direction: 'desc' } });
  const open = reviews.filter((r) => r.completedAt === null);
  if (open.length === 0) return reviews;
  const byReview = await Promise.all(open.map((r) => gateway.records.list(COLLECTIONS.reviewDecisions, decisionRecordSchema, { where: { reviewId: r._id } })));
  const rebuilt = new Map(open.map((r, i) => [r._id, withDecisionRecords(r, byReview[i] ?? [])]));
  return reviews.map((r) => rebuilt.get(r._id) ?? r);
}

export interface Completion {
  review: Review;
  warnings: string[];
}

/**
 * Completes a review: works out the next due review, creates a Wix task for it (and completes
 * the task that reminded of this one), then saves the review as completed.
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
    const saved = await saveReview(gateway, { ...done, nextDueAt: next?.dueAt ?? null, nextDueKind: next?.kind ?? null, reminderTaskId });
    await completePreviousReminder(gateway, others, warnings);
    return { review: saved, warnings };
  } catch (error) {
    // Not completed after all: take back the reminder so a retry does not leave two.
    if (reminderTaskId) await gateway.reminders.remove(reminderTaskId).catch(() => undefined);
    throw error;
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
