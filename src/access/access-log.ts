import { z } from './zod';

/** What each action is called wherever a person reads the log (the table, its filter, the CSV). */
export const LOG_ACTIONS = {
  invited: 'Invite sent',
  'invite-resent': 'Invite resent',
  'invite-revoked': 'Invite cancelled',
  accepted: 'Invite accepted',
  'role-changed': 'Role changed',
  removed: 'Access removed',
  'review-decision': 'Access review decision',
  extended: 'Support access extended',
  'pass-ended': 'Support access ended on time',
  refused: 'Refused attempt',
  'pass-revoked': 'Support access revoked',
  'access-requested': 'Access requested',
  'request-approved': 'Access request approved',
  'request-declined': 'Access request declined',
  'request-provisioned': 'Requested access set up',
  'request-withdrawn': 'Access request withdrawn',
  'request-policy': 'Access request approvals changed',
  'pass-started': 'Support pass started',
  'handoff-step': 'Ownership handoff step',
  'security-check': 'Offboarding security check',
  'offboarding-documented': 'Offboarding documented',
  'log-check': 'Access log check',
  'role-named': 'Role named',
  'key-connected': 'API key connected',
  'key-disconnected': 'API key disconnected',
} as const;
export type LogAction = keyof typeof LOG_ACTIONS;

/**
 * Entries written before security checks and documentation had their own actions say
 * `checklist-item`; they are read as the action they were (the detail tells which).
 */
function legacyAction(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('action' in input) || input.action !== 'checklist-item') return input;
  const detail = 'detail' in input && typeof input.detail === 'string' ? input.detail : '';
  return { ...input, action: detail.startsWith('Offboarding documented') ? 'offboarding-documented' : 'security-check' };
}

/** An entry's content, as the page hands it to the backend to be numbered and chained (dates cross as ISO text). */
export const logDraftSchema = z.object({
  at: z.coerce.date(),
  action: z.enum(Object.keys(LOG_ACTIONS) as [LogAction, ...LogAction[]]),
  subjectEmail: z.string(),
  subjectName: z._default(z.string(), ''),
  role: z._default(z.string(), ''),
  reason: z._default(z.string(), ''),
  actor: z._default(z.string(), ''),
  outcome: z.enum(['pending', 'done', 'failed']),
  detail: z._default(z.string(), ''),
  grantId: z.optional(z.string()),
  /** On a closing entry: the `_id` of the intent it closes. */
  closes: z.optional(z.string()),
});
export type LogDraft = z.infer<typeof logDraftSchema>;

/**
 * One entry of the append-only access log, never edited. An intent is written `pending`; its outcome is
 * a later entry that `closes` it (see log-fold.ts). `seq`, `prevHash` and `hash` chain the entries
 * (log-chain.ts); entries written before the chain began have none.
 */
export const logEntrySchema = z.pipe(
  z.transform(legacyAction),
  z.extend(logDraftSchema, {
    _id: z.string(),
    seq: z.optional(z.int().check(z.positive())),
    prevHash: z.optional(z.string()),
    hash: z.optional(z.string()),
  }),
);
export type LogEntry = z.infer<typeof logEntrySchema>;
