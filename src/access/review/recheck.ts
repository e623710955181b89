import { formatDate } from '../format';
import { normalizeEmail } from '../people';
import { isPermanent, recheckDate, sameEmail, type AccessRequest } from '../requests/access-request';
import type { Review } from './review-record';
import type { ChecklistRow } from './checklist';

/** Approved permanent requests, by the email they gave access to (the latest approval wins). */
export function approvedPermanent(requests: readonly AccessRequest[]): Map<string, AccessRequest> {
  const byEmail = new Map<string, AccessRequest>();
  const approved = requests.filter((r) => (r.status === 'provisioned' || r.status === 'approved') && isPermanent(r) && r.decidedAt);
  for (const r of [...approved].sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0)))
    byEmail.set(normalizeEmail(r.email), r);
  return byEmail;
}

/** Why someone has access, when a request says so. */
export const requestReason = (r: AccessRequest) => `Access request by ${r.requesterName}: ${r.justification}`;

/**
 * When the access is next to be verified: its `recheckBy`, or a quarter after the latest review that kept
 * the person since the approval (keeping them in a review is the verification).
 */
export function recheckDue(request: AccessRequest, reviews: readonly Review[]): Date | undefined {
  const approvedAt = request.decidedAt;
  if (!request.recheckBy || !approvedAt) return undefined;
  const kept = reviews
    .flatMap((r) => r.decisions)
    .filter((d) => d.decision === 'keep' && sameEmail(d.subjectEmail, request.email) && d.at.getTime() >= approvedAt.getTime())
    .map((d) => d.at.getTime());
  return kept.length ? recheckDate(new Date(Math.max(...kept))) : request.recheckBy;
}

/** The rows whose approved permanent access has reached its "verify still needed" date, each with its line. */
export function dueRechecks(
  rows: readonly ChecklistRow[],
  requests: readonly AccessRequest[],
  now: Date,
  reviews: readonly Review[] = [],
): { row: ChecklistRow; line: string }[] {
  const byEmail = approvedPermanent(requests);
  return rows.flatMap((row) => {
    if (row.status !== 'active' && row.status !== 'pending') return [];
    const request = [row.email, row.acceptedAs ?? '', row.person?.invitedEmail ?? '']
      .map((e) => byEmail.get(normalizeEmail(e)))
      .find(Boolean);
    const due = request && recheckDue(request, reviews);
    if (!request?.decidedAt || !due || due.getTime() > now.getTime()) return [];
    return [
      {
        row,
        line: `${row.name === row.email ? row.email : `${row.name} (${row.email})`}: approved ${formatDate(request.decidedAt)} for ${request.justification}`,
      },
    ];
  });
}
