import { reasonProblem } from '../access/guards';
import type { InviteRecord } from '../access/invite-records';
import type { Contributor, Role } from '../access/people';
import type { ChecklistRow } from '../access/review/checklist';
import { DECISION_LABELS, REASON_REQUIRED, REVIEW_KINDS, type Decision, type DecisionKind, type ReviewKind } from '../access/review/review-record';
import { cancelInvite, resendInvite } from './invites';
import { logDone, type OperationContext } from './log';
import { changeRole, removePerson } from './people';

/** A decision that cannot be carried out as asked (missing or oversized reason, wrong row). */
export class DecisionRefused extends Error {
  readonly name = 'DecisionRefused';
}

export interface DecisionRequest {
  row: ChecklistRow;
  decision: DecisionKind;
  reason: string;
  newRole?: Role;
  reviewKind: ReviewKind;
}

export interface SiteState {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
}

export interface DecisionOutcome {
  decision: Decision;
  /** Something that went wrong after Wix accepted the change (the change itself stands). */
  warnings: string[];
}

function need<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new DecisionRefused(message);
  return value;
}

/** Carries out the Wix side of a decision through the shared operations (each logs intent, then outcome). */
async function applyToWix(context: OperationContext, request: DecisionRequest, site: SiteState, reason: string): Promise<string[]> {
  const { row, decision } = request;
  if (decision === 'keep' || decision === 'offboard') return [];
  if (decision === 'resend' || decision === 'cancel') {
    const invite = need(row.invite, 'Only invites can be resent or cancelled.');
    await (decision === 'resend' ? resendInvite(context, invite, reason) : cancelInvite(context, invite, reason));
    return [];
  }
  const person = need(row.person, 'Only people with access can be removed or given another role.');
  if (decision === 'remove') return removePerson(context, { person, people: site.people, roles: site.roles, reason, invites: site.invites });
  const newRole = need(request.newRole, 'Choose the new role.');
  await changeRole(context, { person, people: site.people, roles: site.roles, reason, newRole });
  return [];
}

/**
 * Whether the decision needs a reason: changes, removals and cancellations always do; a yearly
 * re-certification documents all access, so keeping someone with no reason on record does too.
 */
export function reasonRequired(decision: DecisionKind, kind: ReviewKind, row: Pick<ChecklistRow, 'reason'>): boolean {
  return REASON_REQUIRED[decision] || (decision === 'keep' && kind === 'recert-annual' && !row.reason);
}

/**
 * One review decision: the change in Wix (if any) through the shared operations, then a
 * `review-decision` entry in the access log. Refusals (owner, last admin, reason) happen before any Wix call.
 */
export async function carryOutDecision(context: OperationContext, request: DecisionRequest, site: SiteState): Promise<DecisionOutcome> {
  const { row, decision } = request;
  const problem = reasonProblem(request.reason, reasonRequired(decision, request.reviewKind, row));
  if (problem) throw new DecisionRefused(problem);
  const reason = request.reason.trim();
  const warnings = await applyToWix(context, request, site, reason);
  const label = DECISION_LABELS[decision];
  const detail = `${REVIEW_KINDS[request.reviewKind].title}: ${label}${request.newRole ? ` (${request.newRole.title})` : ''}`;
  await logDone(context, {
    action: 'review-decision', subjectEmail: row.email, subjectName: row.type === 'person' ? row.name : '', role: row.role, reason, detail,
  }).catch((error: Error) => warnings.push(`The decision was made, but the access log could not record it: ${error.message}`));
  return {
    decision: {
      subjectKey: row.key, subjectType: row.type, subjectEmail: row.email, subjectName: row.type === 'person' ? row.name : '',
      role: row.role, decision, reason, at: context.clock(), ...(request.newRole ? { newRole: request.newRole.title } : {}),
    },
    warnings,
  };
}
