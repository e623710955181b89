import { coOwnerWarning, type CheckedRow } from './invite-sheet-check';
import { normalizeEmail, type Contributor } from './people';

/**
 * The prepared list (guided mode): without a connected key Wix lets only the owner send invites, in
 * Roles & Permissions. Each checked row is either to invite there, joined (a contributor with that
 * email appeared), or not prepared (the row's problem).
 */
export type PreparedStatus = { state: 'to-invite' } | { state: 'joined'; person: Contributor } | { state: 'not-prepared'; reason: string };

export const PREPARED_LABELS: Record<PreparedStatus['state'], string> = {
  'to-invite': 'To invite in Wix',
  joined: 'Joined',
  'not-prepared': 'Not on the list',
};

/** The contributor who joined with the row's email (or accepted an invite sent to it), if any. */
function joinedPerson(email: string, people: readonly Contributor[]): Contributor | undefined {
  const wanted = normalizeEmail(email);
  return people.find((p) => normalizeEmail(p.email) === wanted || (p.invitedEmail !== null && normalizeEmail(p.invitedEmail) === wanted));
}

/** A row's status now: the list is frozen when checked, the people are read live. */
export function preparedStatus(row: CheckedRow, people: readonly Contributor[]): PreparedStatus {
  if (row.problem !== null || row.role === null) return { state: 'not-prepared', reason: row.problem ?? 'The role is missing.' };
  const person = joinedPerson(row.email, people);
  return person ? { state: 'joined', person } : { state: 'to-invite' };
}

/** "Joined as lena@x.com" when they joined under another address; the warning for co-owner rows. */
export function preparedDetail(row: CheckedRow, status: PreparedStatus): string {
  if (status.state === 'not-prepared') return status.reason;
  const joinedAs =
    status.state === 'joined' && normalizeEmail(status.person.email) !== row.email ? `Joined as ${status.person.email}. ` : '';
  return `${joinedAs}${coOwnerWarning(row) ?? ''}`.trim();
}

export interface PreparedCounts {
  toInvite: number;
  joined: number;
  notPrepared: number;
}

export function countPrepared(rows: readonly CheckedRow[], people: readonly Contributor[]): PreparedCounts {
  const counts: PreparedCounts = { toInvite: 0, joined: 0, notPrepared: 0 };
  for (const row of rows) {
    const { state } = preparedStatus(row, people);
    if (state === 'to-invite') counts.toInvite += 1;
    else if (state === 'joined') counts.joined += 1;
    else counts.notPrepared += 1;
  }
  return counts;
}

/** The list as a CSV (first row the header): the sheet's columns, so it can be checked again, plus status. */
export function preparedListRows(rows: readonly CheckedRow[], people: readonly Contributor[]): string[][] {
  return [
    ['Email', 'Role', 'Notes', 'Status', 'Detail'],
    ...rows.map((row) => {
      const status = preparedStatus(row, people);
      return [row.email, row.role?.title ?? row.roleText, row.notes, PREPARED_LABELS[status.state], preparedDetail(row, status)];
    }),
  ];
}
