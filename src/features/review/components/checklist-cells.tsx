import { Badge, Box, Text } from '@wix/design-system';
import { memo } from 'react';
import type { ChecklistRow, RowStatus } from '../../../access/review/checklist';
import type { FindingCode } from '../../../access/review/findings';
import { formatDate, plural, timeAgo } from '../../../access/format';

// Skins that keep AA contrast (axe checks them in the browser test).
type Skin = 'warningLight' | 'neutralSuccess' | 'danger' | 'neutralLight' | 'neutralStandard';

const STATUS: Record<RowStatus, { label: string; skin: Skin }> = {
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
 * The checklist's cells. Each is memoised on its row (rows keep their identity until Wix data
 * changes), so a decision re-renders only the decision cell of its row.
 */
export const PersonCell = memo(function PersonCell({ row, codes = [] }: { row: ChecklistRow; codes?: FindingCode[] }) {
  return (
    <Box direction="vertical" gap="2px" style={{ overflowWrap: 'anywhere' }}>
      <Text size="small" weight="bold">{row.type === 'invite' ? row.email : row.name}</Text>
      <Text size="small" secondary>{row.type === 'invite' ? 'Invite' : row.email || '—'}</Text>
      {codes.length > 0 && (
        <Box gap="SP1" flexWrap="wrap">
          {codes.map((code) => <Badge key={code} size="tiny" skin={FINDING_TAGS[code].skin}>{FINDING_TAGS[code].label}</Badge>)}
        </Box>
      )}
    </Box>
  );
});

export const RoleCell = memo(function RoleCell({ row }: { row: ChecklistRow }) {
  return <Text size="small">{row.role}</Text>;
});

export const SinceCell = memo(function SinceCell({ row, now }: { row: ChecklistRow; now: Date }) {
  if (!row.since) return <Text size="small" secondary>Unknown</Text>;
  return (
    <Text size="small">
      {row.type === 'invite' ? 'Sent ' : ''}{formatDate(row.since)} <Text size="small" secondary>· {timeAgo(row.since, now)}</Text>
    </Text>
  );
});

export const StatusCell = memo(function StatusCell({ row }: { row: ChecklistRow }) {
  const detail = statusDetail(row);
  return (
    <Box direction="vertical" gap="2px">
      <Box><Badge size="small" skin={STATUS[row.status].skin}>{STATUS[row.status].label}</Badge></Box>
      {detail && <Text size="tiny">{detail}</Text>}
    </Box>
  );
});

export const ReasonCell = memo(function ReasonCell({ row }: { row: ChecklistRow }) {
  return row.reason ? <Text size="small">{row.reason}</Text> : <Text size="small" secondary>None recorded</Text>;
});

export const PassCell = memo(function PassCell({ row, now }: { row: ChecklistRow; now: Date }) {
  if (!row.pass) return <Text size="small" secondary>—</Text>;
  return (
    <Box direction="vertical" gap="2px">
      <Text size="small">{row.pass.vendor} · due {formatDate(row.pass.dueAt)}</Text>
      {row.pass.dueAt <= now && <Text size="tiny" skin="error">Past due</Text>}
    </Box>
  );
});
