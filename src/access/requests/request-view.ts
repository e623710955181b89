import { formatDate } from '../format';
import type { Contributor } from '../people';
import { describePass, type Grant } from '../support-pass';
import { sameEmail, type AccessRequest } from './access-request';

export interface RequestView {
  request: AccessRequest;
  /** Where the access stands, in a sentence. */
  access: string;
  /** The owner still has to send the invite in Roles & Permissions: for the pass, or for permanent access. */
  needsInvite: 'pass' | 'permanent' | null;
  grant: Grant | null;
  joined: Contributor | null;
}

const PASS_WORDS: Partial<Record<string, string>> = {
  'awaiting-invite': 'waiting for you to send the invite in Roles & Permissions',
  invited: 'invite sent',
  due: 'due to end',
  expired: 'the invite expired unaccepted',
  ended: 'ended',
  revoked: 'revoked',
  failed: 'the invite failed',
};

/** A decided request and what it became (a support pass or permanent access), worked out from Wix's people and the passes. */
export function describeRequest(request: AccessRequest, grants: readonly Grant[], people: readonly Contributor[], now: Date): RequestView {
  const base = { request, needsInvite: null, grant: null, joined: null };
  const by = request.decidedBy ? ` by ${request.decidedBy}` : '';
  if (request.status === 'open') return { ...base, access: 'Waiting for a decision' };
  if (request.status === 'declined') return { ...base, access: `Declined${by}: ${request.decisionReason ?? ''}` };
  if (request.status === 'withdrawn') return { ...base, access: 'Withdrawn by the requester' };
  if (request.failure && request.status === 'approved') return { ...base, access: request.failure };
  if (request.awaitingInvite)
    return { ...base, needsInvite: 'permanent', access: `Approved${by}; waiting for you to send the invite in Roles & Permissions` };
  const grant = grants.find((g) => g._id === request.grantId) ?? null;
  if (grant) {
    const view = describePass(grant, people, now);
    const state = view.state === 'active' ? `${view.contributor?.name ?? grant.email} joined` : (PASS_WORDS[view.state] ?? view.state);
    return {
      ...base,
      grant,
      joined: view.contributor,
      needsInvite: view.state === 'awaiting-invite' ? 'pass' : null,
      access: `Support pass until ${formatDate(grant.expiresAt)}: ${state}`,
    };
  }
  const joined = people.find((p) => [p.email, p.invitedEmail ?? ''].some((e) => sameEmail(e, request.email))) ?? null;
  const recheck = request.recheckBy ? ` · verify still needed by ${formatDate(request.recheckBy)}` : '';
  return { ...base, joined, access: `Permanent access: ${joined ? `${joined.name} joined` : 'invite sent'}${recheck}` };
}
