import { z } from 'zod';
import { endOfDay, emailField, reasonField } from '../pass-input';
import { MAX_PASS_DAYS } from '../support-pass';
import { hasHiddenCharacters, HIDDEN_CHARACTERS_MESSAGE } from '../text-safety';
import { addDays, DAY_MS } from '../clock';
import { NOT_SURE_ROLE } from './access-request';
import { WIX_ROLE_TITLES } from '../wix-role-titles';

export const MAX_DEPARTMENT_LENGTH = 120;
/** Roles a request may name: Wix's predefined ones below the owner, or "not sure". */
export const REQUESTABLE_ROLES = [...WIX_ROLE_TITLES, NOT_SURE_ROLE] as const;

const visible = (field: z.ZodType<string, string>) =>
  z
    .string()
    .refine((text) => !hasHiddenCharacters(text), HIDDEN_CHARACTERS_MESSAGE)
    .pipe(field);

/** What a request carries across the wire (the requester is never part of it: the token says who asks). */
export const requestInputSchema = z.object({
  email: visible(emailField),
  roleTitle: z.enum(REQUESTABLE_ROLES, 'Choose a role, or "Not sure".'),
  justification: visible(reasonField),
  /** ISO date; empty or absent: permanent. */
  until: z.string().optional().nullable(),
  department: visible(
    z
      .string()
      .trim()
      .max(MAX_DEPARTMENT_LENGTH, `Keep the department or notes under ${MAX_DEPARTMENT_LENGTH} characters.`)
      .regex(/^[^<>]*$/, 'Leave out < and > in the notes.'),
  )
    .optional()
    .nullable(),
});
/** A request as a form or a caller sends it (checked by `requestInputSchema`). */
export interface RequestInput {
  email: string;
  roleTitle: string;
  justification: string;
  until?: string | null;
  department?: string | null;
}

export interface ValidRequest {
  email: string;
  roleTitle: string;
  justification: string;
  until?: Date;
  department: string;
}

/** The request checked, or the first problem in words a person understands. */
export function validateRequest(input: unknown, now: Date): { ok: true; value: ValidRequest } | { ok: false; message: string } {
  const parsed = requestInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'The request is not valid.' };
  const { until, department, ...rest } = parsed.data;
  if (!until) return { ok: true, value: { ...rest, department: department ?? '' } };
  const date = endOfDay(new Date(until));
  if (Number.isNaN(date.getTime())) return { ok: false, message: 'Choose the date the access ends, or Permanent.' };
  if (date.getTime() <= now.getTime()) return { ok: false, message: 'Choose an end date in the future.' };
  if (date.getTime() > addDays(now, MAX_PASS_DAYS).getTime() + DAY_MS) {
    return { ok: false, message: `Temporary access lasts at most ${MAX_PASS_DAYS} days; ask for permanent access instead.` };
  }
  return { ok: true, value: { ...rest, until: date, department: department ?? '' } };
}

/** Why an approval or decline is made: required, kept in the log. */
export const decisionReasonField = visible(reasonField);

export type RequestField = 'email' | 'roleTitle' | 'justification' | 'until' | 'department';

/** Each field's first problem, for a form to show beside the field (empty: the request may be sent). */
export function requestProblems(input: RequestInput, now: Date): Partial<Record<RequestField, string>> {
  const problems: Partial<Record<RequestField, string>> = {};
  const parsed = requestInputSchema.safeParse(input);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0] as RequestField;
    problems[field] ??= issue.message;
  }
  if (Object.keys(problems).length > 0) return problems;
  const whole = validateRequest(input, now);
  return whole.ok ? {} : { until: whole.message };
}
