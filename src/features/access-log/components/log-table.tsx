import { Badge, Box, Table, Text } from '@wix/design-system';
import { LOG_ACTIONS, type LogEntry } from '../../../access/access-log';
import { formatDateTime } from '../../../access/format';

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
  { title: 'Reason', render: (e: LogEntry) => <Text size="small">{e.reason || '—'}</Text> },
  { title: 'By', render: (e: LogEntry) => <Text size="small">{e.actor || '—'}</Text> },
  { title: 'Outcome', width: '90px', render: (e: LogEntry) => <Badge size="small" skin={OUTCOME_SKIN[e.outcome]}>{e.outcome}</Badge> },
  { title: 'Detail', render: (e: LogEntry) => <Text size="tiny">{e.detail || '—'}</Text> },
];

/** One page of log entries; every value is shown as text. */
export function LogTable({ entries }: { entries: LogEntry[] }) {
  return (
    <Table data={entries} columns={columns} rowVerticalPadding="small">
      <Table.Content />
    </Table>
  );
}
