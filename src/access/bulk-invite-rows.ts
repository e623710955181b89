import type { ReadyRow } from './invite-sheet-check';

export interface InviteRowOutcome {
  line: number;
  email: string;
  roleTitle: string;
  notes: string;
  status: 'sent' | 'failed';
  detail: string;
  /** Wix refused for a missing permission: the owner can invite in Roles & Permissions instead. */
  permission?: boolean;
}

/** Rows grouped by role, in the order the roles first appear, so each role needs one `bulkInvite`. */
export function groupByRole(rows: readonly ReadyRow[]): ReadyRow[][] {
  const groups = new Map<string, ReadyRow[]>();
  for (const row of rows) groups.set(row.role.id, [...(groups.get(row.role.id) ?? []), row]);
  return [...groups.values()];
}

/** The result file: the sheet's columns (so it can be fixed and uploaded again) plus the outcome. */
export function resultRows(outcomes: readonly InviteRowOutcome[]): string[][] {
  return [
    ['Email', 'Role', 'Notes', 'Outcome', 'Detail'],
    ...outcomes.map((o) => [o.email, o.roleTitle, o.notes, o.status === 'sent' ? 'Sent' : 'Failed', o.detail]),
  ];
}
