import { unparseCsv } from '../csv';
import { DECISION_LABELS, REVIEW_KINDS, type Review } from './review-record';

/**
 * A completed review as CSV: one line per decision, evidence for an auditor or a client.
 * Cells that a spreadsheet would run as a formula are escaped.
 */
export function reviewCsv(review: Review): string {
  const rows = review.decisions.map((d) => ({
    Review: REVIEW_KINDS[review.kind].title,
    Started: review.startedAt.toISOString(),
    Completed: review.completedAt?.toISOString() ?? '',
    Reviewer: review.reviewer,
    Type: d.subjectType === 'person' ? 'Person' : 'Invite',
    Name: d.subjectName,
    Email: d.subjectEmail,
    Role: d.role,
    Decision: DECISION_LABELS[d.decision],
    'New role': d.newRole ?? '',
    Reason: d.reason,
    'Decided at': d.at.toISOString(),
  }));
  const columns = [
    'Review',
    'Started',
    'Completed',
    'Reviewer',
    'Type',
    'Name',
    'Email',
    'Role',
    'Decision',
    'New role',
    'Reason',
    'Decided at',
  ];
  return unparseCsv([columns, ...rows.map((r) => columns.map((c) => r[c as keyof typeof r]))]);
}

export function reviewCsvFileName(review: Review): string {
  return `access-review-${(review.completedAt ?? review.startedAt).toISOString().slice(0, 10)}.csv`;
}
