import { z } from 'zod';
import { MAX_REASON_LENGTH } from './guards';
import { revision } from './revision';

/** The wizard's steps, in the order of the contributor-management guide. */
export const OFFBOARDING_STEPS = ['choose', 'plan', 'remove', 'security', 'verify', 'document'] as const;
export type OffboardingStep = (typeof OFFBOARDING_STEPS)[number];
/** The steps an offboarding record can be at (choosing happens before a record exists). */
export type RecordStep = Exclude<OffboardingStep, 'choose'>;

export const STEP_TITLES: Record<OffboardingStep, string> = {
  choose: 'Choose the person',
  plan: 'Plan',
  remove: 'Remove',
  security: 'Post-removal security',
  verify: 'Verify',
  document: 'Document',
};

export const stepIndex = (step: OffboardingStep) => OFFBOARDING_STEPS.indexOf(step);

/** Plan notes are kept with the offboarding; each field is limited so it stays readable. */
export const MAX_NOTE_LENGTH = 1000;

const text = z.string().default('');
const optionalDate = z.coerce.date().nullable().default(null);

/** One post-removal security check: ticked (done) or skipped with a reason, each with the time and who did it. */
export const securityCheckSchema = z.object({
  id: z.string(),
  tickedAt: optionalDate,
  tickedBy: text,
  skippedAt: optionalDate,
  skippedBy: text,
  skipReason: text,
});
export type SecurityCheckState = z.infer<typeof securityCheckSchema>;

/** The plan written before removing someone (guide: plan the removal). */
export const planSchema = z.object({
  reason: text,
  assets: text,
  workInProgress: text,
  takenOverBy: text,
  credentials: text,
  notes: text,
});
export type OffboardingPlan = z.infer<typeof planSchema>;

/** An offboarding in progress or done, kept in the app's offboardings collection so it can be resumed. */
export const offboardingSchema = planSchema.extend({
  _id: z.string(),
  _rev: revision,
  status: z.enum(['in-progress', 'completed', 'cancelled']),
  /** The furthest step reached. */
  step: z.enum(['plan', 'remove', 'security', 'verify', 'document']),
  accountId: z.string(),
  name: z.string(),
  email: text,
  roleTitles: z.array(z.string()).default([]),
  roleIds: z.array(z.string()).default([]),
  joinedAt: optionalDate,
  startedAt: z.coerce.date(),
  startedBy: text,
  /** `already-removed` when Wix no longer knew the person (removed elsewhere). */
  removal: z.enum(['removed', 'already-removed']).nullable().default(null),
  removedAt: optionalDate,
  removedBy: text,
  invitesCancelled: z.number().default(0),
  passesClosed: z.number().default(0),
  /** What went wrong around the removal itself (an invite or pass that could not be closed). */
  removalProblems: z.array(z.string()).default([]),
  checks: z.array(securityCheckSchema).default([]),
  verifiedAt: optionalDate,
  documentedAt: optionalDate,
});
export type Offboarding = z.infer<typeof offboardingSchema>;

export const PLAN_FIELDS: { key: keyof OffboardingPlan; label: string; help: string; multiline: boolean }[] = [
  { key: 'reason', label: 'Reason for removal', help: 'Required. Kept in the access log.', multiline: false },
  { key: 'assets', label: 'Assets they own', help: 'Pages, content, apps or accounts to transfer before removing them.', multiline: true },
  { key: 'workInProgress', label: 'Work in progress', help: 'Tasks or projects they are in the middle of.', multiline: true },
  { key: 'takenOverBy', label: 'Who takes the work over', help: 'The person who continues their work.', multiline: false },
  {
    key: 'credentials',
    label: 'Credentials and API keys they know',
    help: 'Shared logins, API keys and tokens to rotate after removal.',
    multiline: true,
  },
  { key: 'notes', label: 'Notes', help: 'Anything else to keep with this offboarding.', multiline: true },
];

/** Problems with the plan, by field; empty when it can be saved. */
export function planProblems(plan: OffboardingPlan): Partial<Record<keyof OffboardingPlan, string>> {
  const problems: Partial<Record<keyof OffboardingPlan, string>> = {};
  if (plan.reason.trim().length === 0) problems.reason = 'Give a reason: it is kept in the access log.';
  for (const { key, label } of PLAN_FIELDS) {
    const length = plan[key].trim().length;
    const limit = key === 'reason' ? MAX_REASON_LENGTH : MAX_NOTE_LENGTH;
    if (length > limit) problems[key] = `${label}: keep it under ${limit} characters (now ${length}).`;
  }
  return problems;
}

export function trimPlan(plan: OffboardingPlan): OffboardingPlan {
  const trimmed = { ...plan };
  for (const { key } of PLAN_FIELDS) trimmed[key] = plan[key].trim();
  return trimmed;
}

/** Whether a step may be opened from the stepper: only steps already reached. */
export function canOpenStep(record: Offboarding, step: OffboardingStep): boolean {
  if (step === 'choose') return false;
  return stepIndex(step) <= stepIndex(record.step);
}

export const roleLabel = (record: Pick<Offboarding, 'roleTitles'>) => record.roleTitles.join(', ') || 'No role';

/** The later of two steps: a record's step only moves forward. */
export const laterStep = (a: RecordStep, b: RecordStep): RecordStep => (stepIndex(a) >= stepIndex(b) ? a : b);
