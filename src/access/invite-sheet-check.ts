import { looksLikeFormula } from './csv';
import { MAX_REASON_LENGTH } from './guards';
import { describeInvite, type InviteRecord } from './invite-records';
import {
  ADMIN_ROLE_TITLE,
  findRoleByTitle,
  isEmailAddress,
  isOwner,
  MAX_EMAIL_LENGTH,
  normalizeEmail,
  OWNER_ROLE_TITLE,
  roleTitles,
  UNNAMED_ROLE,
  type Contributor,
  type Role,
} from './people';
import type { SheetRow } from './invite-sheet';
import { isTitleOnly } from './wix-role-titles';

/** A row of the invite spreadsheet after checking: ready to send (role known, no problem) or not. */
export interface CheckedRow {
  line: number;
  email: string;
  roleText: string;
  role: Role | null;
  notes: string;
  problem: string | null;
}
export type ReadyRow = CheckedRow & { role: Role; problem: null };

export interface SiteSnapshot {
  people: readonly Contributor[];
  roles: readonly Role[];
  /**
   * The roles a row may name, when not the catalogue: without a connected key Wix gives no catalogue,
   * so rows are matched against Wix's predefined role titles (`titleOnlyRoles()`).
   */
  inviteRoles?: readonly Role[];
  /** The invites the app sent (Wix has no list of invites). */
  invites: readonly InviteRecord[];
  now: Date;
}

export const isReady = (row: CheckedRow): row is ReadyRow => row.problem === null && row.role !== null;

/** Whether the row gives co-owner access: full control of the site, so every such row is flagged. */
export const grantsCoOwner = (row: Pick<CheckedRow, 'role'>): boolean => row.role?.title === ADMIN_ROLE_TITLE;

/** Why a co-owner row is flagged; names the sheet's short title ("Admin") when that is what it said. */
export function coOwnerWarning(row: Pick<CheckedRow, 'role' | 'roleText'>): string | null {
  if (!grantsCoOwner(row)) return null;
  const read =
    row.roleText.trim().toLowerCase() === ADMIN_ROLE_TITLE.toLowerCase() ? '' : `"${row.roleText.trim()}" read as ${ADMIN_ROLE_TITLE}: `;
  return `${read}co-owner access, full control of the site like the owner's. Check this is meant.`;
}

/** "Admin" finds "Admin (Co-Owner)": the guide's sheet uses the short names. */
function resolveRole(roles: readonly Role[], text: string): Role | undefined {
  const short = (title: string) =>
    title
      .replace(/\s*\(.*\)\s*$/, '')
      .trim()
      .toLowerCase();
  return findRoleByTitle(roles, text) ?? roles.find((role) => short(role.title) === text.trim().toLowerCase());
}

function cellProblem(row: SheetRow): string | null {
  // A formula first: typed without quotes, its commas also spill into extra values.
  const formula = (['email', 'role', 'notes'] as const).find((key) => looksLikeFormula(row[key]));
  if (formula) return `The ${formula} cell is a spreadsheet formula (${shortened(row[formula], 80)}). Put the plain value in the file.`;
  if (row.extraValues > 0) {
    return `This line has ${row.extraValues} value${row.extraValues === 1 ? '' : 's'} more than there are columns. Put a value that contains a comma in quotes.`;
  }
  if (!row.email) return 'The email is missing.';
  if (row.email.length > MAX_EMAIL_LENGTH)
    return `The email is ${row.email.length} characters long; an email address has at most ${MAX_EMAIL_LENGTH}.`;
  if (!isEmailAddress(row.email)) return `"${row.email}" is not a valid email address.`;
  if (row.notes.length > MAX_REASON_LENGTH)
    return `The notes are ${row.notes.length} characters long; keep them under ${MAX_REASON_LENGTH}.`;
  if (!row.role) return 'The role is missing.';
  return null;
}

function roleProblem(text: string, role: Role | undefined, roles: readonly Role[]): string | null {
  if (role && role.title === OWNER_ROLE_TITLE) return 'Nobody can be invited as Owner. To hand the site over, use a handoff checklist.';
  if (role) return null;
  const known = roles
    .filter((r) => r.title !== OWNER_ROLE_TITLE)
    .map((r) => r.title)
    .join(', ');
  if (roles.length > 0 && roles.every(isTitleOnly)) return `Unknown role "${shortened(text, 60)}". The roles Wix has: ${known}.`;
  return `Unknown role "${shortened(text, 60)}". Roles on this site: ${known}.`;
}

/** "Lena Park, Website Designer"; the name alone when Wix named none of the roles (no catalogue). */
function memberText(member: Contributor, roles: readonly Role[]): string {
  if (isOwner(member, roles)) return `${member.name}, the site owner`;
  const titles = roleTitles(member.roleIds, roles);
  return titles.includes(UNNAMED_ROLE) ? member.name : `${member.name}, ${titles}`;
}

/**
 * Checks every row before anything is sent: email format, known role, duplicates within the file,
 * people who already have access, and invites still pending.
 */
export function checkInviteRows(rows: readonly SheetRow[], site: SiteSnapshot): CheckedRow[] {
  const members = new Map<string, Contributor>();
  for (const person of site.people) {
    members.set(normalizeEmail(person.email), person);
    if (person.invitedEmail) members.set(normalizeEmail(person.invitedEmail), person);
  }
  const pending = new Map<string, InviteRecord>();
  for (const record of site.invites) {
    if (describeInvite(record, site.people, site.now).state === 'pending') pending.set(normalizeEmail(record.email), record);
  }
  const firstLine = new Map<string, number>();
  const inviteRoles = site.inviteRoles ?? site.roles;

  return rows.map((row) => {
    const email = normalizeEmail(row.email);
    const role = resolveRole(inviteRoles, row.role);
    const base = { line: row.line, email, roleText: row.role, role: role ?? null, notes: row.notes };
    const problem = cellProblem(row) ?? roleProblem(row.role, role, inviteRoles);
    if (problem) return { ...base, problem };
    const seenOn = firstLine.get(email);
    if (seenOn !== undefined) return { ...base, problem: `Also on line ${seenOn}: each person is invited once.` };
    firstLine.set(email, row.line);
    const member = members.get(email);
    if (member) {
      return { ...base, problem: `Already has access: ${memberText(member, site.roles)}.` };
    }
    const invite = pending.get(email);
    if (invite) {
      const left = describeInvite(invite, site.people, site.now).daysLeft ?? 0;
      return {
        ...base,
        problem: `Already invited as ${invite.roleTitle}; the invite is pending (${left} day${left === 1 ? '' : 's'} left).`,
      };
    }
    return { ...base, problem: null };
  });
}

/** A cell quoted in a message: whole when short, else cut at a word boundary with "…" (never mid-token). */
function shortened(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const boundary = Math.max(...[' ', ',', '(', '/', '"'].map((mark) => cut.lastIndexOf(mark)));
  return `${(boundary > max / 2 ? cut.slice(0, boundary + 1) : cut).trimEnd()}…`;
}
