import { formatDate } from './format';
import { roleLabel, type Offboarding } from './offboarding';
import { checksProgress } from './offboarding-checks';
import { findCheck, openChecks } from './security-checklist';

/** The guide's access-log row: User, Email, Role, Added, Removed, Reason, Removed by. */
export interface DocumentationRow {
  user: string;
  email: string;
  role: string;
  added: string;
  removed: string;
  reason: string;
  removedBy: string;
}

export function documentationRow(record: Offboarding): DocumentationRow {
  return {
    user: record.name,
    email: record.email,
    role: roleLabel(record),
    added: record.joinedAt ? formatDate(record.joinedAt) : 'Unknown',
    removed: record.removedAt ? formatDate(record.removedAt) : 'Not yet',
    reason: record.reason,
    removedBy: record.removedBy,
  };
}

/** What the access log keeps about a documented offboarding (the guide's row, in one line). */
export function documentationDetail(record: Offboarding): string {
  const row = documentationRow(record);
  const { done, skipped, total } = checksProgress(record);
  const how = record.removal === 'already-removed' ? ' (already removed elsewhere)' : '';
  return (
    `Offboarding documented. Added ${row.added}; removed ${row.removed}${how} by ${row.removedBy}; ` +
    `verified gone ${record.verifiedAt ? formatDate(record.verifiedAt) : 'not yet'}; security checks ${done} of ${total} done${skipped > 0 ? `, ${skipped} skipped` : ''}.`
  );
}

/** A message the owner copies to the team (guide: notify the team of the change). */
export function teamMessage(record: Offboarding): string {
  const row = documentationRow(record);
  const lines = [
    `Access removed: ${row.user}`,
    '',
    `${row.user}${row.email ? ` (${row.email})` : ''} no longer has access to our Wix site.`,
    `Role: ${row.role}`,
    `Had access since: ${row.added}`,
    `Removed: ${row.removed}${row.removedBy ? ` by ${row.removedBy}` : ''}`,
    `Reason: ${row.reason}`,
  ];
  if (record.takenOverBy) lines.push(`Their work is taken over by: ${record.takenOverBy}`);
  if (record.workInProgress) lines.push(`Work in progress: ${record.workInProgress}`);
  if (record.assets) lines.push(`Assets to transfer: ${record.assets}`);
  const open = openChecks(record.checks);
  const { done, total } = checksProgress(record);
  const skipped = record.checks.filter((c) => !c.tickedAt && c.skippedAt);
  lines.push('', `Security follow-up: ${done} of ${total} checks done.`);
  if (open.length > 0) lines.push('Still to do:', ...open.map((check) => `- ${check.label}`));
  if (skipped.length > 0) lines.push('Skipped:', ...skipped.map((c) => `- ${findCheck(c.id)?.label ?? c.id} (${c.skipReason})`));
  lines.push('', 'If they still appear in any shared login or outside tool (analytics, tag manager), remove them and let me know.');
  return lines.join('\n');
}
