import { Badge, Table, Text } from '@wix/design-system';
import { LOG_ACTIONS, type LogEntry } from '../../../access/access-log';
import { formatDateTime } from '../../../access/format';

const OUTCOME_SKIN = { pending: 'warningLight', done: 'success', failed: 'danger' } as const;

const columns = [
  { title: 'When', render: (e: LogEntry) => <Text size="small">{formatDateTime(e.at)}</Text> },
  { title: 'Action', render: (e: LogEntry) => <Text size="small">{LOG_ACTIONS[e.action]}</Text> },
  {
    title: 'Person',
    render: (e: LogEntry) => <Text size="small">{e.subjectName ? `${e.subjectName} (${e.subjectEmail})` : e.subjectEmail}</Text>,
  },
  { title: 'Role', render: (e: LogEntry) => <Text size="small">{e.role || '—'}</Text> },
  { title: 'Reason', render: (e: LogEntry) => <Text size="small">{e.reason || '—'}</Text> },
  { title: 'By', render: (e: LogEntry) => <Text size="small">{e.actor || '—'}</Text> },
  {
    title: 'Outcome',
    render: (e: LogEntry) => (
      <>
        <Badge size="small" skin={OUTCOME_SKIN[e.outcome]}>{e.outcome}</Badge>
        {e.detail && <Text size="tiny" secondary tagName="div">{e.detail}</Text>}
      </>
    ),
  },
];

/** One page of log entries; every value is shown as text. */
export function LogTable({ entries }: { entries: LogEntry[] }) {
  return (
    <Table data={entries} columns={columns} rowVerticalPadding="small">
      <Table.Content />
    </Table>
  );
}
