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
  removed: { label: 'No access', skin: 'neutralLight' },
};

const FINDING_TAGS: Record<FindingCode, { label: string; skin: 'danger' | 'warningLight' }> = {
  'vendor-past-due': { label: 'Vendor past due', skin: 'danger' },
  'other-email': { label: 'Different email', skin: 'danger' },
  'expired-invite': { label: 'Expired invite', skin: 'warningLight' },
  'stale-invite': { label: 'Stale invite', skin: 'warningLight' },
  'single-admin': { label: 'Only admin', skin: 'warningLight' },
  'no-reason': { label: 'No reason', skin: 'warningLight' },
  seats: { label: 'Seat', skin: 'warningLight' },
};

function statusDetail(row: ChecklistRow): string {
  if (row.status === 'pending' && row.daysLeft !== null) return `${plural(row.daysLeft, 'day')} of 30 left`;
  if (row.status === 'accepted' && row.acceptedAs) return `Joined as ${row.acceptedAs}`;
  if (row.otherEmail && row.type === 'person') return `Invited as ${row.otherEmail}`;
  return '';
}

/**
 * The checklist's cells, drawn with the light plain elements (see ui/plain). Each is memoised on its
 * row (rows keep their identity until Wix data changes), so a decision re-renders only the decision
 * cell of its row.
 */
export const PersonCell = memo(function PersonCell({ row, codes = [] }: { row: ChecklistRow; codes?: FindingCode[] }) {
  return (
    <Stack>
      <PlainText bold>{row.type === 'invite' ? row.email : row.name}</PlainText>
      <PlainText secondary>{row.type === 'invite' ? 'Invite' : row.email || '—'}</PlainText>
      {codes.length > 0 && (
        <Line>
          {codes.map((code) => <PlainBadge key={code} size="tiny" skin={FINDING_TAGS[code].skin}>{FINDING_TAGS[code].label}</PlainBadge>)}
        </Line>
      )}
    </Stack>
  );
});

export const RoleCell = memo(function RoleCell({ row }: { row: ChecklistRow }) {
  return <PlainText>{row.role}</PlainText>;
});

export const SinceCell = memo(function SinceCell({ row, now }: { row: ChecklistRow; now: Date }) {
  if (!row.since) return <PlainText secondary>Unknown</PlainText>;
  return (
    <PlainText>
      {row.type === 'invite' ? 'Sent ' : ''}{formatDate(row.since)} <PlainText secondary>· {timeAgo(row.since, now)}</PlainText>
    </PlainText>
  );
});

export const StatusCell = memo(function StatusCell({ row }: { row: ChecklistRow }) {
  const detail = statusDetail(row);
  return (
    <Stack>
      <Line><PlainBadge skin={STATUS[row.status].skin}>{STATUS[row.status].label}</PlainBadge></Line>
      {detail && <PlainText size="tiny">{detail}</PlainText>}
    </Stack>
  );
});

export const ReasonCell = memo(function ReasonCell({ row }: { row: ChecklistRow }) {
  return row.reason ? <PlainText>{row.reason}</PlainText> : <PlainText secondary>None recorded</PlainText>;
});

export const PassCell = memo(function PassCell({ row, now }: { row: ChecklistRow; now: Date }) {
  if (!row.pass) return <PlainText secondary>—</PlainText>;
  return (
    <Stack>
      <PlainText>{row.pass.vendor} · due {formatDate(row.pass.dueAt)}</PlainText>
      {row.pass.dueAt <= now && <PlainText size="tiny" error>Past due</PlainText>}
    </Stack>
  );
});
