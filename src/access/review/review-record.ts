import { z } from '../zod';

/** The three review cadences of the contributor-management guide. */
export const REVIEW_KINDS = {
  'invites-monthly': { title: 'Pending invites check', every: 'month', months: 1, coversPeople: false },
  'full-quarterly': { title: 'Full access review', every: 'quarter', months: 3, coversPeople: true },
  'recert-annual': { title: 'Yearly re-certification', every: 'year', months: 12, coversPeople: true },
} as const;
export type ReviewKind = keyof typeof REVIEW_KINDS;
export const REVIEW_KIND_IDS = Object.keys(REVIEW_KINDS) as [ReviewKind, ...ReviewKind[]];

export const DECISION_LABELS = {
  keep: 'Kept',
  'change-role': 'Role changed',
  remove: 'Removed',
  offboard: 'Handed to offboarding',
  resend: 'Invite resent',
  cancel: 'Invite cancelled',
} as const;
export type DecisionKind = keyof typeof DECISION_LABELS;

/** Decisions that need a reason before anything happens. */
export const REASON_REQUIRED: Readonly<Record<DecisionKind, boolean>> = {
  keep: false,
  'change-role': true,
  remove: true,
  offboard: true,
  resend: false,
  cancel: true,
};

export const decisionSchema = z.object({
  subjectKey: z.string(),
  subjectType: z.enum(['person', 'invite']),
  subjectEmail: z.string(),
  subjectName: z._default(z.string(), ''),
  /** The role when the decision was made. */
  role: z._default(z.string(), ''),
  decision: z.enum(Object.keys(DECISION_LABELS) as [DecisionKind, ...DecisionKind[]]),
  newRole: z.optional(z.string()),
  reason: z._default(z.string(), ''),
  at: z.coerce.date(),
});
export type Decision = z.infer<typeof decisionSchema>;

const count = z.int().check(z.nonnegative());

/**
 * What a completed review's record says about its decisions: the counts the summary shows. The decisions
 * themselves stay in their own records (`review-decisions`), so completing a review of any size writes a
 * small record. Reviews completed before this carry no summary and their decisions inside the record.
 */
export const reviewSummarySchema = z.object({
  decisions: count,
  byDecision: z.object(
    Object.fromEntries(Object.keys(DECISION_LABELS).map((k) => [k, z._default(count, 0)])) as Record<
      DecisionKind,
      z.ZodMiniDefault<typeof count>
    >,
  ),
  bySubjectType: z.object({ person: z._default(count, 0), invite: z._default(count, 0) }),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

/** Absent or null in Wix, null here. */
const orNull = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(
    z.nullish(schema),
    z.transform((v: z.output<T> | null | undefined) => v ?? null),
  );

/** One access review, kept in the reviews collection (its decisions each in their own record). */
export const reviewSchema = z.object({
  _id: z.string(),
  kind: z.enum(REVIEW_KIND_IDS),
  startedAt: z.coerce.date(),
  completedAt: orNull(z.coerce.date()),
  reviewer: z._default(z.string(), ''),
  decisions: z._default(z.array(decisionSchema), []),
  /** When the next review falls due (set on completion) and the Wix task that reminds of it. */
  nextDueAt: orNull(z.coerce.date()),
  nextDueKind: orNull(z.enum(REVIEW_KIND_IDS)),
  reminderTaskId: orNull(z.string()),
  /** Set on completion: the counts by decision and by subject type (`decisions` is then left empty in Wix). */
  summary: z.pipe(
    z.nullish(reviewSummarySchema),
    z.transform((s) => s ?? undefined),
  ),
});
/** `summary` only on reviews completed with one (older reviews, and open ones, have none). */
export type Review = Omit<z.infer<typeof reviewSchema>, 'summary'> & { summary?: ReviewSummary };

/** The counts of a review's decisions, by decision and by subject type. */
export function summarizeDecisions(decisions: readonly Decision[]): ReviewSummary {
  const byDecision = Object.fromEntries(Object.keys(DECISION_LABELS).map((k) => [k, 0])) as Record<DecisionKind, number>;
  const bySubjectType = { person: 0, invite: 0 };
  for (const d of decisions) {
    byDecision[d.decision] += 1;
    bySubjectType[d.subjectType] += 1;
  }
  return { decisions: decisions.length, byDecision, bySubjectType };
}

/** The review's counts: from its summary when completed with one, else from the decisions it holds. */
export function reviewCounts(review: Review): ReviewSummary {
  return review.summary ?? summarizeDecisions(review.decisions);
}

/**
 * Whether the review's decisions are in memory: always for an open or an older review (decisions inside
 * its record); for a completed one with a summary, only when they were read from their records.
 */
export function decisionsLoaded(review: Review): boolean {
  return !review.summary || review.decisions.length >= review.summary.decisions;
}

/** The record as written to Wix Data: dates inside the decisions list travel as ISO strings. */
export function reviewFields(review: Review): Record<string, unknown> & { _id: string } {
  const { summary, ...rest } = review;
  return { ...rest, ...(summary ? { summary } : {}), decisions: review.decisions.map((d) => ({ ...d, at: d.at.toISOString() })) };
}

export function decisionFor(review: Review | null, subjectKey: string): Decision | undefined {
  return review?.decisions.find((d) => d.subjectKey === subjectKey);
}

/** The review still open (started, not completed), newest first. */
export function openReview(reviews: readonly Review[]): Review | null {
  return reviews.find((r) => r.completedAt === null) ?? null;
}

/**
 * Whether the decision needs a reason: changes, removals and cancellations always do; a yearly
 * re-certification documents all access, so keeping someone with no reason on record does too.
 */
export function reasonRequired(decision: DecisionKind, kind: ReviewKind, row: { reason: string }): boolean {
  return REASON_REQUIRED[decision] || (decision === 'keep' && kind === 'recert-annual' && !row.reason);
}
