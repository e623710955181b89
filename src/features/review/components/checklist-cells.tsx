import { memo } from 'react';
import type { ChecklistRow, RowStatus } from '../../../access/review/checklist';
import type { FindingCode } from '../../../access/review/findings';
import { formatDate, plural, timeAgo } from '../../../access/format';
import { Line, PlainBadge, PlainText, Stack, type PlainBadgeSkin } from '../../../ui/plain';

// PlainBadge's skins all keep AA contrast (axe checks them in the browser test).

const STATUS: Record<RowStatus, { label: string; skin: PlainBadgeSkin }> = {
  owner: { label: 'Site owner', skin: 'neutralStandard' },
  active: { label: 'Has access', skin: 'neutralSuccess' },
  pending: { label: 'Pending', skin: 'warningLight' },
  accepted: { label: 'Accepted', skin: 'neutralSuccess' },
  expired: { label: 'Expired', skin: 'danger' },
  revoked: { label: 'Cancelled', skin: 'neutralLight' },
  used: { label: 'Used', skin: 'neutralLight' },
  removed: { label: 'No access', skin: 'neutralLight' },
};

const FINDING_TAGS: Record<FindingCode, { label: string; skin: 'danger' | 'warningLight' }> = {
  'vendor-past-due': { label: 'Vendor past due', skin: 'danger' },
  'other-email': { label: 'Different email', skin: 'danger' },
  'expired-invite': { label: 'Expired invite', skin: 'warningLight' },
  'stale-invite': { label: 'Stale invite', skin: 'warningLight' },
  'single-admin': { label: 'Only admin', skin: 'warningLight' },
  'verify-needed': { label: 'Verify still needed', skin: 'warningLight' },
  'no-reason': { label: 'No reason', skin: 'warningLight' },
  seats: { label: 'Seat', skin: 'warningLight' },
};

/** "Invite sent today · expires in 30 days", "Invite sent 41 days ago · expired". */
export function inviteLine(row: ChecklistRow, now: Date): string {
  const sent = row.since ? `Invite sent ${timeAgo(row.since, now)}` : 'Invite';
  if (row.status === 'pending' && row.daysLeft !== null)
    return `${sent} · expires ${row.daysLeft <= 1 ? 'tomorrow' : `in ${plural(row.daysLeft, 'day')}`}`;
  if (row.status === 'expired') return `${sent} · expired`;
  if (row.status === 'accepted' && row.acceptedAs) return `${sent} · joined as ${row.acceptedAs}`;
  return sent;
}

/**
 * The checklist's cells, drawn with the light plain elements (see ui/plain). Each is memoised on its
 * row (rows keep their identity until Wix data changes), so a decision re-renders only the decision
 * cell of its row.
 */
export const PersonCell = memo(function PersonCell({ row, now, codes = [] }: { row: ChecklistRow; now: Date; codes?: FindingCode[] }) {
  const title = row.type === 'invite' ? row.email : row.name;
  const detail =
    row.type === 'invite'
      ? inviteLine(row, now)
      : [row.email || '—', row.otherEmail && `invited as ${row.otherEmail}`].filter(Boolean).join(' · ');
  return (
    <Stack>
      <PlainText bold lines={1} title={title}>
        {title}
      </PlainText>
      <PlainText secondary lines={row.type === 'invite' ? 2 : 1} title={detail}>
        {detail}
      </PlainText>
      {codes.length > 0 && (
        <Line>
          {codes.map((code) => (
            <PlainBadge key={code} size="tiny" skin={FINDING_TAGS[code].skin}>
              {FINDING_TAGS[code].label}
            </PlainBadge>
          ))}
        </Line>
      )}
    </Stack>
  );
});

export const RoleCell = memo(function RoleCell({ row }: { row: ChecklistRow }) {
  return (
    <PlainText lines={2} title={row.role}>
      {row.role}
    </PlainText>
  );
});

/** The status, and the date they joined or were invited on one line. */
export const StatusCell = memo(function StatusCell({ row, now }: { row: ChecklistRow; now: Date }) {
  return (
    <Stack>
      <PlainBadge skin={STATUS[row.status].skin}>{STATUS[row.status].label}</PlainBadge>
      {row.since && (
        <PlainText size="tiny" secondary nowrap>
          {row.type === 'invite' ? 'Sent' : 'Joined'} {formatDate(row.since)}
        </PlainText>
      )}
      {row.since && row.type === 'person' && (
        <PlainText size="tiny" secondary nowrap>
          {timeAgo(row.since, now)}
        </PlainText>
      )}
    </Stack>
  );
});

/** Why they have access: the reason on record and the support pass. */
export const ReasonCell = memo(function ReasonCell({ row, now }: { row: ChecklistRow; now: Date }) {
  return (
    <Stack>
      {row.reason ? (
        <PlainText lines={2} title={row.reason}>
          {row.reason}
        </PlainText>
      ) : (
        <PlainText secondary>None recorded</PlainText>
      )}
      {row.pass && (
        <PlainText size="tiny" secondary={row.pass.dueAt > now} error={row.pass.dueAt <= now}>
          {row.pass.vendor} pass · due {formatDate(row.pass.dueAt)}
          {row.pass.dueAt <= now ? ' · past due' : ''}
        </PlainText>
      )}
    </Stack>
  );
});
