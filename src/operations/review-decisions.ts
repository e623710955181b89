import { reasonRequired } from '../access/review/review-record';
import { accessChangeBlocker, reasonProblem } from '../access/guards';
import type { InviteRecord } from '../access/invite-records';
import { ADMIN_ROLE_TITLE, roleTitles, type Contributor, type Role } from '../access/people';
import type { ChecklistRow } from '../access/review/checklist';
import {
  DECISION_LABELS,
  REASON_REQUIRED,
  REVIEW_KINDS,
  type Decision,
  type DecisionKind,
  type ReviewKind,
} from '../access/review/review-record';
import { isTitleOnly } from '../access/wix-role-titles';
import { cancelInvite, resendInvite } from './invites';
import { recordCancelledInWix, recordResentInWix } from './guided-invites';
import { ID_UNKNOWN, UNKNOWN_INVITE_ID } from '../access/invite-records';
import { logDone, type LogIntent, type OperationContext } from './log';
import { leftoverInvites } from '../access/invite-records';
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
  /** Guided: the owner says they did it in Wix's Roles & Permissions; the app only records it. */
  inWix?: boolean;
}

export interface SiteState {
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
  /** Whether the owner's API key is connected (only then can the app cancel invites). */
  connected: boolean;
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

export const OWNER_CHANGED_ROLE = 'The owner says they changed the role in Wix Roles & Permissions';

/** Carries out the Wix side of a decision through the shared operations (each logs intent, then outcome). */
async function applyToWix(context: OperationContext, request: DecisionRequest, site: SiteState, reason: string): Promise<string[]> {
  const { row, decision } = request;
  if (decision === 'keep' || decision === 'offboard') return [];
  if (decision === 'resend' || decision === 'cancel') {
    const invite = need(row.invite, 'Only invites can be resent or cancelled.');
    if (invite.inviteId === UNKNOWN_INVITE_ID)
      throw new DecisionRefused(`${ID_UNKNOWN} Do it there for ${invite.email}, then record it here.`);
    await (decision === 'resend' ? resendInvite(context, invite, reason) : cancelInvite(context, invite, reason));
    return [];
  }
  const person = need(row.person, 'Only people with access can be removed or given another role.');
  if (decision === 'remove') return removeFromSite(context, person, site, reason);
  const newRole = need(request.newRole, 'Choose the new role.');
  // A role known only by its title has no Wix id: the owner changes it in Roles & Permissions.
  if (isTitleOnly(newRole))
    throw new DecisionRefused(
      `Site Access can't give the role ${newRole.title} without Wix's roles catalogue: change it in Roles & Permissions.`,
    );
  await changeRole(context, { person, people: site.people, roles: site.roles, reason, newRole });
  return [];
}

/** Removes them; without a key their pending invites are left to the owner (Wix lets only a key cancel them). */
async function removeFromSite(context: OperationContext, person: Contributor, site: SiteState, reason: string): Promise<string[]> {
  if (site.connected) return removePerson(context, { person, people: site.people, roles: site.roles, reason, invites: site.invites });
  const leftover = leftoverInvites(person, site.invites, context.clock());
  await removePerson(context, { person, people: site.people, roles: site.roles, reason, invites: [] });
  return leftover.map(
    (i) => `${person.name} is removed, but the invite to ${i.email} (${i.roleTitle}) is still pending: cancel it in Roles & Permissions.`,
  );
}

/** Guided: records what the owner says they did in Roles & Permissions; Wix is not called. */
async function recordInWix(context: OperationContext, request: DecisionRequest, site: SiteState, reason: string): Promise<void> {
  const { row, decision } = request;
  if (decision === 'resend' || decision === 'cancel') {
    const invite = need(row.invite, 'Only invites can be resent or cancelled.');
    await (decision === 'resend' ? recordResentInWix(context, invite, reason) : recordCancelledInWix(context, invite, reason));
    return;
  }
  if (decision !== 'change-role')
    throw new DecisionRefused('Only resends, cancellations and role changes are done in Roles & Permissions.');
  const person = need(row.person, 'Only people with access can be given another role.');
  const newRole = request.newRole;
  const blocker = newRole?.title === ADMIN_ROLE_TITLE ? null : accessChangeBlocker(person, site.people, site.roles);
  if (blocker) throw new DecisionRefused(blocker);
  await logDone(context, {
    action: 'role-changed',
    subjectEmail: person.email,
    subjectName: person.name,
    reason,
    detail: OWNER_CHANGED_ROLE,
    role: `${roleTitles(person.roleIds, site.roles)} → ${newRole?.title ?? 'the role chosen in Wix'}`,
  });
}

/** The `review-decision` entry the access log gets for a decision. */
export function decisionLogIntent(request: DecisionRequest, reason: string): LogIntent {
  const { row, decision } = request;
  const label = DECISION_LABELS[decision];
  const inWix = request.inWix ? ', done by the owner in Wix Roles & Permissions' : '';
  const detail = `${REVIEW_KINDS[request.reviewKind].title}: ${label}${request.newRole ? ` (${request.newRole.title})` : ''}${inWix}`;
  return {
    action: 'review-decision',
    subjectEmail: row.email,
    subjectName: row.type === 'person' ? row.name : '',
    role: row.role,
    reason,
    detail,
  };
}

/** The decision as the review keeps it. */
export function decisionOf(context: OperationContext, request: DecisionRequest, reason: string): Decision {
  const { row, decision } = request;
  return {
    subjectKey: row.key,
    subjectType: row.type,
    subjectEmail: row.email,
    subjectName: row.type === 'person' ? row.name : '',
    role: row.role,
    decision,
    reason,
    at: context.clock(),
    ...(request.newRole ? { newRole: request.newRole.title } : {}),
  };
}

export const NOT_LOGGED = 'The decision was made, but the access log could not record it: ';

/**
 * One review decision: the change in Wix (if any) through the shared operations, then a
 * `review-decision` entry in the access log. Refusals (owner, last admin, reason) happen before any Wix call.
 */
export async function carryOutDecision(context: OperationContext, request: DecisionRequest, site: SiteState): Promise<DecisionOutcome> {
  const problem = reasonProblem(request.reason, reasonRequired(request.decision, request.reviewKind, request.row));
  if (problem) throw new DecisionRefused(problem);
  const reason = request.reason.trim();
  const warnings = request.inWix
    ? (await recordInWix(context, request, site, reason), [])
    : await applyToWix(context, request, site, reason);
  await logDone(context, decisionLogIntent(request, reason)).catch((error: Error) => warnings.push(`${NOT_LOGGED}${error.message}`));
  return { decision: decisionOf(context, request, reason), warnings };
}
