import { daysUntil } from '../clock';
import { plural } from '../format';
import { ADMIN_ROLE_TITLE, isCoOwner, isOwner, type Contributor, type Role } from '../people';
import type { AccessRequest } from '../requests/access-request';
import { isStale, type ChecklistRow } from './checklist';
import { dueRechecks } from './recheck';
import type { Review } from './review-record';

export type FindingCode =
  'vendor-past-due' | 'other-email' | 'expired-invite' | 'stale-invite' | 'single-admin' | 'verify-needed' | 'no-reason' | 'seats';
export type Severity = 'urgent' | 'attention' | 'info';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  title: string;
  detail: string;
  /** The checklist rows it is about. */
  rowKeys: string[];
}

/** Most urgent first: this order is the order findings are shown in. */
export const FINDING_ORDER: readonly FindingCode[] = [
  'vendor-past-due',
  'other-email',
  'expired-invite',
  'stale-invite',
  'single-admin',
  'verify-needed',
  'no-reason',
  'seats',
];

const names = (rows: readonly ChecklistRow[], max = 4) => {
  const shown = rows.slice(0, max).map((r) => (r.type === 'person' ? `${r.name} (${r.email})` : r.email));
  return rows.length > max ? `${shown.join(', ')} and ${rows.length - max} more` : shown.join(', ');
};

function finding(code: FindingCode, severity: Severity, rows: readonly ChecklistRow[], title: string, detail: string): Finding[] {
  return rows.length === 0 ? [] : [{ code, severity, title, detail, rowKeys: rows.map((r) => r.key) }];
}

/** What the review should look at first, computed from the checklist (and approved requests due a re-check). */
export function reviewFindings(
  rows: readonly ChecklistRow[],
  people: readonly Contributor[],
  roles: readonly Role[],
  now: Date,
  requests: readonly AccessRequest[] = [],
  reviews: readonly Review[] = [],
): Finding[] {
  const active = rows.filter((r) => r.type === 'person' && r.status === 'active');
  const pastDue = active.filter((r) => r.pass && r.pass.dueAt <= now);
  const overdueDays = pastDue.map((r) => (r.pass ? -daysUntil(r.pass.dueAt, now) : 0));
  const otherEmail = rows.filter((r) => r.type === 'person' && r.otherEmail);
  const expired = rows.filter((r) => r.status === 'expired');
  const stale = rows.filter((r) => isStale(r));
  const noReason = rows.filter((r) => (r.status === 'active' || r.status === 'pending') && !r.reason);
  // Co-Owners are known by Wix's documented role ids even without the roles catalogue.
  const admins = rows.filter((r) => r.person && isCoOwner(r.person, roles));
  const pending = rows.filter((r) => r.status === 'pending');
  // Wix may or may not list the owner among the contributors: count only the others.
  const contributors = people.filter((p) => !isOwner(p, roles)).length;
  const rechecks = dueRechecks(rows, requests, now, reviews);

  return [
    ...finding(
      'vendor-past-due',
      'urgent',
      pastDue,
      'Vendor access past its due date',
      `${names(pastDue)} still ${pastDue.length === 1 ? 'has' : 'have'} support access, ${plural(Math.max(...overdueDays, 0), 'day')} past due. Support access should end when the ticket does.`,
    ),
    ...finding(
      'other-email',
      'urgent',
      otherEmail,
      'Invite accepted under a different email',
      `${otherEmail.map((r) => `${r.otherEmail ?? ''} was invited, but ${r.email} joined`).join('; ')}. Check it is the person you meant to invite.`,
    ),
    ...finding(
      'expired-invite',
      'attention',
      expired,
      plural(expired.length, 'expired invite'),
      `${names(expired)}: Wix invites expire after 30 days. Resend them or cancel them.`,
    ),
    ...finding(
      'stale-invite',
      'attention',
      stale,
      `${plural(stale.length, 'invite')} pending for over 14 days`,
      `${names(stale)} ${stale.length === 1 ? 'has' : 'have'} not accepted yet. Resend, or cancel if no longer needed.`,
    ),
    ...(admins.length <= 1
      ? [
          {
            code: 'single-admin' as const,
            severity: 'attention' as const,
            title: admins.length === 0 ? `No ${ADMIN_ROLE_TITLE} besides the owner` : `Only one ${ADMIN_ROLE_TITLE}`,
            detail:
              admins.length === 0
                ? 'If the owner loses access, nobody else can manage the site. Consider making a trusted person an admin.'
                : `${names(admins)} is the only admin besides the owner. Site Access will not remove or downgrade them until someone else is an admin.`,
            rowKeys: admins.map((r) => r.key),
          },
        ]
      : []),
    ...finding(
      'verify-needed',
      'attention',
      rechecks.map((r) => r.row),
      'Verify still needed',
      `${rechecks.map((r) => r.line).join('; ')}. Access approved on request is checked again each quarter: keep it with a reason, or remove it.`,
    ),
    ...finding(
      'no-reason',
      'attention',
      noReason,
      `${plural(noReason.length, 'person', 'people')} with access and no recorded reason`,
      `${names(noReason)}: nothing says why they have access. Keep them with a reason, or remove them.`,
    ),
    {
      code: 'seats',
      severity: 'info',
      title: 'Seats in use',
      detail: `${plural(contributors, 'contributor')} besides the owner and ${plural(pending.length, 'pending invite')}. Wix does not tell apps your plan's contributor limit; Roles & Permissions shows it.`,
      rowKeys: [],
    },
  ];
}

/** The most urgent finding rank of each row (lower is more urgent), for sorting the checklist. */
export function urgencyByRow(findings: readonly Finding[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const f of findings) {
    const r = FINDING_ORDER.indexOf(f.code);
    for (const key of f.rowKeys) rank.set(key, Math.min(rank.get(key) ?? r, r));
  }
  return rank;
}
