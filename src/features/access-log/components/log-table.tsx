import { Badge, Box, Table, Text } from '@wix/design-system';
import { LOG_ACTIONS, type LogEntry } from '../../../access/access-log';
import { formatDateTime } from '../../../access/format';
import { ClampedText } from '../../../ui/clamped-text';

const OUTCOME_SKIN = { pending: 'warningLight', done: 'neutralSuccess', failed: 'neutralDanger' } as const;

const columns = [
  { title: 'When', render: (e: LogEntry) => <Text size="small">{formatDateTime(e.at)}</Text> },
  { title: 'Action', render: (e: LogEntry) => <Text size="small">{LOG_ACTIONS[e.action]}</Text> },
  {
    title: 'Person',
    render: (e: LogEntry) => (
      <Box direction="vertical">
        {e.subjectName && <Text size="small" weight="bold">{e.subjectName}</Text>}
        <Text size="small" overflowWrap="anywhere">{e.subjectEmail || '—'}</Text>
      </Box>
    ),
  },
  { title: 'Role', render: (e: LogEntry) => <Text size="small">{e.role || '—'}</Text> },
  { title: 'Reason', render: (e: LogEntry) => <ClampedText text={e.reason} /> },
  { title: 'By', render: (e: LogEntry) => <Text size="small">{e.actor || '—'}</Text> },
  { title: 'Outcome', width: '90px', render: (e: LogEntry) => <Badge size="small" skin={OUTCOME_SKIN[e.outcome]}>{e.outcome}</Badge> },
  { title: 'Detail', width: '28%', render: (e: LogEntry) => <ClampedText text={e.detail} /> },
];

/** One page of log entries; every value is shown as text. Long reasons and details are cut at two lines (full text on hover). */
export function LogTable({ entries }: { entries: LogEntry[] }) {
  return (
    <Table data={entries} columns={columns} rowVerticalPadding="small">
      <Table.Content />
    </Table>
  );
}
