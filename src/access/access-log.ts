import { z } from 'zod';

export const LOG_ACTIONS = {
  invited: 'Invited',
  'invite-resent': 'Invite resent',
  'invite-revoked': 'Invite cancelled',
  accepted: 'Invite accepted',
  'role-changed': 'Role changed',
  removed: 'Removed',
  'review-decision': 'Review decision',
  extended: 'Access extended',
  'pass-revoked': 'Support access revoked',
  'request-declined': 'Access request declined',
  'pass-started': 'Support pass started',
  'handoff-step': 'Handoff step',
  'security-check': 'Security check',
  'offboarding-documented': 'Offboarding documented',
  /** Older entries: security checks and documentation before they had their own actions. */
  'checklist-item': 'Offboarding step',
} as const;
export type LogAction = keyof typeof LOG_ACTIONS;

/** One entry of the append-only access log. Only `outcome` ever changes: pending → done | failed. */
export const logEntrySchema = z.object({
  _id: z.string(),
  at: z.coerce.date(),
  action: z.enum(Object.keys(LOG_ACTIONS) as [LogAction, ...LogAction[]]),
  subjectEmail: z.string(),
  subjectName: z.string().default(''),
  role: z.string().default(''),
  reason: z.string().default(''),
  actor: z.string().default(''),
  outcome: z.enum(['pending', 'done', 'failed']),
  detail: z.string().default(''),
  grantId: z.string().optional(),
});
export type LogEntry = z.infer<typeof logEntrySchema>;
