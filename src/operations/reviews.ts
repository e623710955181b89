import { reviewCadence, nextDue } from '../access/review/cadence';
import { REVIEW_KINDS, reviewFields, reviewSchema, type Review, type ReviewKind } from '../access/review/review-record';
import { COLLECTIONS } from '../wix/collections';
import type { Gateway } from '../wix/gateway';
import type { OperationContext } from './log';

/** Starts a review: the record exists before the first decision, so a reload can resume it. */
export function startReview({ gateway, clock, actor }: OperationContext, kind: ReviewKind): Promise<Review> {
  return gateway.records.insert(COLLECTIONS.reviews, reviewSchema, {
    kind, startedAt: clock(), completedAt: null, reviewer: actor, decisions: [], nextDueAt: null, nextDueKind: null, reminderTaskId: null,
  });
}

/** Saves the review as it stands (after each decision). */
export function saveReview(gateway: Gateway, review: Review): Promise<Review> {
  return gateway.records.update(COLLECTIONS.reviews, reviewSchema, reviewFields(review));
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
