import { z } from '../zod';
import { addDays } from '../clock';
import { normalizeEmail } from '../people';

/** open → approved → provisioned; or declined / withdrawn. Each step says who and when. */
export const REQUEST_STATUSES = ['open', 'approved', 'provisioned', 'declined', 'withdrawn'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The requester may leave the role to the approver. */
export const NOT_SURE_ROLE = 'Not sure';

/** Approved permanent access is verified again after a quarter (the quarterly review picks it up). */
export const RECHECK_DAYS = 90;

/** A request for access to the site, as the app keeps it (the `access-requests` collection). */
export const accessRequestSchema = z.object({
  _id: z.string(),
  /** Who asked: the signed-in contributor the token named (`app`), or the name and email a link gave (`link`). */
  via: z._default(z.enum(['app', 'link']), 'app'),
  requesterAccountId: z._default(z.string(), ''),
  requesterName: z.string(),
  requesterEmail: z._default(z.string(), ''),
  /** Whose access it is. */
  email: z.string(),
  roleTitle: z.string(),
  justification: z.string(),
  /** Absent: permanent access. */
  until: z.optional(z.coerce.date()),
  department: z._default(z.string(), ''),
  status: z.enum(REQUEST_STATUSES),
  createdAt: z.coerce.date(),
  /** With a second approver required: the first approval, kept while the request waits for the second. */
  firstApprovedBy: z.optional(z.string()),
  firstApprovedByAccountId: z.optional(z.string()),
  firstApprovedAt: z.optional(z.coerce.date()),
  firstApprovalReason: z.optional(z.string()),
  decidedBy: z.optional(z.string()),
  decidedByAccountId: z.optional(z.string()),
  decidedAt: z.optional(z.coerce.date()),
  decisionReason: z.optional(z.string()),
  /** What the approval became: a support pass (temporary) or an invite (permanent). */
  grantId: z.optional(z.string()),
  inviteId: z.optional(z.string()),
  /** Permanent access approved, waiting for the owner to send the invite in Roles & Permissions. */
  awaitingInvite: z._default(z.boolean(), false),
  provisionedBy: z.optional(z.string()),
  provisionedAt: z.optional(z.coerce.date()),
  /** When approved permanent access must be verified as still needed. */
  recheckBy: z.optional(z.coerce.date()),
  /** Why provisioning did not finish (the request stays approved until it does). */
  failure: z.optional(z.string()),
});
export type AccessRequest = z.infer<typeof accessRequestSchema>;

/** Requests that still block another request for the same email. */
export const isOpenRequest = (r: AccessRequest) => r.status === 'open' || (r.status === 'approved' && !r.grantId);

export const isPermanent = (r: Pick<AccessRequest, 'until'>) => r.until === undefined;

export const sameEmail = (a: string, b: string) => a !== '' && normalizeEmail(a) === normalizeEmail(b);

/** "Permanent" or "Until Dec 31, 2026". */
export const durationText = (r: Pick<AccessRequest, 'until'>, format: (d: Date) => string) =>
  r.until ? `Until ${format(r.until)}` : 'Permanent';

/** When approved permanent access is due for its re-check. */
export const recheckDate = (approvedAt: Date) => addDays(approvedAt, RECHECK_DAYS);

/** What the requester reads about their request. */
export function outcomeText(r: AccessRequest, format: (d: Date) => string): string {
  const by = r.decidedBy ? ` by ${r.decidedBy}` : '';
  const why = r.decisionReason ? `: ${r.decisionReason}` : '';
  switch (r.status) {
    case 'open':
      return 'Waiting for the site owner or a co-owner to decide.';
    case 'declined':
      return `Declined${by}${why}`;
    case 'withdrawn':
      return 'Withdrawn.';
    case 'approved':
      return r.failure
        ? `Approved${by}; setting up the access did not finish yet.`
        : `Approved${by}; the invitation from Wix follows shortly.`;
    case 'provisioned':
      return r.until
        ? `Approved${by}: access until ${format(r.until)}; the invitation comes from Wix.`
        : `Approved${by}: the invitation comes from Wix.`;
  }
}

/** The owner's rule for approvals: one manager, or two different ones. */
export const requestPolicySchema = z.object({
  _id: z.string(),
  secondApproval: z._default(z.boolean(), false),
  setBy: z._default(z.string(), ''),
  setAt: z.optional(z.coerce.date()),
});
export type RequestPolicy = z.infer<typeof requestPolicySchema>;
export const REQUEST_POLICY_ID = 'access-requests';
