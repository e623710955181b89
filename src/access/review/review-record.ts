import { z } from 'zod';

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
  keep: false, 'change-role': true, remove: true, offboard: true, resend: false, cancel: true,
};

export const decisionSchema = z.object({
  subjectKey: z.string(),
  subjectType: z.enum(['person', 'invite']),
  subjectEmail: z.string(),
  subjectName: z.string().default(''),
  /** The role when the decision was made. */
  role: z.string().default(''),
  decision: z.enum(Object.keys(DECISION_LABELS) as [DecisionKind, ...DecisionKind[]]),
  newRole: z.string().optional(),
  reason: z.string().default(''),
  at: z.coerce.date(),
});
export type Decision = z.infer<typeof decisionSchema>;

/** One access review, kept in the reviews collection and saved after every decision. */
export const reviewSchema = z.object({
  _id: z.string(),
  kind: z.enum(REVIEW_KIND_IDS),
  startedAt: z.coerce.date(),
  completedAt: z.coerce.date().nullish().transform((d) => d ?? null),
  reviewer: z.string().default(''),
  decisions: z.array(decisionSchema).default([]),
  /** When the next review falls due (set on completion) and the Wix task that reminds of it. */
  nextDueAt: z.coerce.date().nullish().transform((d) => d ?? null),
  nextDueKind: z.enum(REVIEW_KIND_IDS).nullish().transform((k) => k ?? null),
  reminderTaskId: z.string().nullish().transform((id) => id ?? null),
});
export type Review = z.infer<typeof reviewSchema>;

/** The record as written to Wix Data: dates inside the decisions list travel as ISO strings. */
export function reviewFields(review: Review): Record<string, unknown> & { _id: string } {
  return { ...review, decisions: review.decisions.map((d) => ({ ...d, at: d.at.toISOString() })) };
}

export function decisionFor(review: Review | null, subjectKey: string): Decision | undefined {
  return review?.decisions.find((d) => d.subjectKey === subjectKey);
}

/** The review still open (started, not completed), newest first. */
export function openReview(reviews: readonly Review[]): Review | null {
  return reviews.find((r) => r.completedAt === null) ?? null;
}
