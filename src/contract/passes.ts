import { z } from '../access/zod';
import { grantSchema, type Grant } from '../access/support-pass';

const shortText = z.string().check(z.maxLength(2000));

/** The support pass form as the owner filled it in (the backend checks it again against the site as it stands). */
export const passFormSchema = z.object({
  email: shortText,
  vendorName: shortText,
  roleId: shortText,
  ticket: shortText,
  reason: shortText,
  duration: z.enum(['1', '7', '30', 'date']),
  autoEnd: z.boolean(),
  endDate: shortText,
});

/**
 * A new pass: the form, whether the owner chose to put someone's current access on it, the operation id (one
 * per form submission: a second click or a retry finds the first attempt), and who asked (a vendor's link).
 */
export const grantInputSchema = z.object({
  form: passFormSchema,
  adoptExisting: z.boolean(),
  operationId: z.string().check(z.minLength(8), z.maxLength(100)),
  requestedBy: z.optional(z.nullable(shortText)),
});
export type GrantInput = z.input<typeof grantInputSchema>;

/** A vendor's request link the owner declined: kept for the record, nobody invited. */
export const declineInputSchema = z.object({
  email: shortText,
  vendorName: shortText,
  roleId: shortText,
  ticket: shortText,
  reason: shortText,
  requestedBy: shortText,
});
export type DeclineInput = z.input<typeof declineInputSchema>;

/**
 * How a grant went: `granted` (invited with the key, or existing access put on a pass), `guided` (the
 * owner sends the invite in Roles & Permissions), `refused` (Wix refused the invite; the pass is kept as
 * failed, to retry or send by hand), `saved-late` (the invite went out, the pass could not be saved yet).
 */
export type GrantAnswer =
  | { outcome: 'granted' | 'guided'; grant: Grant }
  | { outcome: 'refused'; grant: Grant; message: string; permission: boolean }
  | { outcome: 'saved-late'; grant: Grant; message: string };

/** A grant's answer as the page reads it (dates arrive as text). */
export const grantAnswerSchema = z.union([
  z.object({ outcome: z.enum(['granted', 'guided']), grant: grantSchema }),
  z.object({ outcome: z.literal('refused'), grant: grantSchema, message: z.string(), permission: z.boolean() }),
  z.object({ outcome: z.literal('saved-late'), grant: grantSchema, message: z.string() }),
]);
