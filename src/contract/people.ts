import { z } from '../access/zod';
import { contributorSchema } from '../access/people';

/** Several people removed with one reason (bulk removal): who, by account id. */
export const removePeopleInputSchema = z.object({
  accountIds: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(1000)),
  reason: z.string().check(z.maxLength(2000)),
});
export type RemovePeopleInput = z.input<typeof removePeopleInputSchema>;

// Dates cross as text.
const personSchema = z.extend(contributorSchema, { joinedAt: z.nullable(z.coerce.date()) });

const removalOutcomeSchema = z.object({
  person: personSchema,
  status: z.enum(['removed', 'refused', 'failed', 'already-gone', 'still-listed']),
  detail: z.string(),
});

/** Each person's outcome, checked with Wix afterwards (a lost answer may hide a removal). */
export const bulkRemovalResultSchema = z.object({
  outcomes: z.array(removalOutcomeSchema),
  /** Whether the re-query of Wix's contributors worked; the message when it did not. */
  verified: z.boolean(),
  verifyProblem: z.nullable(z.string()),
});
export type BulkRemovalResult = z.infer<typeof bulkRemovalResultSchema>;
export type RemovalOutcome = z.infer<typeof removalOutcomeSchema>;
export type RemovalStatus = RemovalOutcome['status'];
