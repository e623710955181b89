import { formatDate } from '../format';
import { normalizeEmail } from '../people';
import { isPermanent, type AccessRequest } from '../requests/access-request';
import type { ChecklistRow } from './checklist';

/** Approved permanent requests, by the email they gave access to (the latest approval wins). */
export function approvedPermanent(requests: readonly AccessRequest[]): Map<string, AccessRequest> {
  const byEmail = new Map<string, AccessRequest>();
  const approved = requests.filter((r) => (r.status === 'provisioned' || r.status === 'approved') && isPermanent(r) && r.decidedAt);
  for (const r of [...approved].sort((a, b) => (a.decidedAt?.getTime() ?? 0) - (b.decidedAt?.getTime() ?? 0))) byEmail.set(normalizeEmail(r.email), r);
  return byEmail;
}

/** Why someone has access, when a request says so. */
export const requestReason = (r: AccessRequest) => `Access request by ${r.requesterName}: ${r.justification}`;

/** The rows whose approved permanent access has reached its "verify still needed" date, each with its line. */
export function dueRechecks(rows: readonly ChecklistRow[], requests: readonly AccessRequest[], now: Date): { row: ChecklistRow; line: string }[] {
  const byEmail = approvedPermanent(requests);
  return rows.flatMap((row) => {
    if (row.status !== 'active' && row.status !== 'pending') return [];
    const request = [row.email, row.acceptedAs ?? '', row.person?.invitedEmail ?? ''].map((e) => byEmail.get(normalizeEmail(e))).find(Boolean);
    if (!request?.recheckBy || request.recheckBy.getTime() > now.getTime() || !request.decidedAt) return [];
    return [{ row, line: `${row.name === row.email ? row.email : `${row.name} (${row.email})`}: approved ${formatDate(request.decidedAt)} for ${request.justification}` }];
  });
}
