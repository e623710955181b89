import { Badge, Box, Table, Text } from '@wix/design-system';
import { LOG_ACTIONS, type LogEntry } from '../../../access/access-log';
import { formatDate, formatTime } from '../../../access/format';
import { ClampedText } from '../../../ui/clamped-text';

const OUTCOME_SKIN = { pending: 'warningLight', done: 'neutralSuccess', failed: 'neutralDanger' } as const;

const columns = [
  {
    title: 'When',
    width: '14%',
    render: (e: LogEntry) => (
      <Box direction="vertical">
        <OneLine text={formatDate(e.at)} />
        <OneLine text={formatTime(e.at)} secondary />
        <OneLine text={e.actor ? `by ${e.actor}` : 'by —'} secondary />
      </Box>
    ),
  },
  {
    title: 'Action',
    width: '14%',
    render: (e: LogEntry) => (
      <Box direction="vertical" gap="3px" align="left">
        <Text size="small">{LOG_ACTIONS[e.action]}</Text>
        <Badge size="tiny" skin={OUTCOME_SKIN[e.outcome]}>
          {e.outcome}
        </Badge>
      </Box>
    ),
  },
  {
    title: 'Person and role',
    width: '20%',
    // Names and emails are cut, never broken mid-word; the whole value is in the title.
    render: (e: LogEntry) => (
      <Box direction="vertical">
        {e.subjectName && <OneLine text={e.subjectName} bold />}
        <OneLine text={e.subjectEmail || '—'} />
        {e.role && <OneLine text={e.role} secondary />}
      </Box>
    ),
  },
  { title: 'Reason', width: '14%', render: (e: LogEntry) => <ClampedText text={e.reason} /> },
  { title: 'Detail', render: (e: LogEntry) => <ClampedText text={e.detail} /> },
];

function OneLine({ text, bold = false, secondary = false }: { text: string; bold?: boolean; secondary?: boolean }) {
  return (
    <div title={text}>
      <Text size="small" weight={bold ? 'bold' : undefined} secondary={secondary} ellipsis showTooltip={false}>
        {text}
      </Text>
    </div>
  );
}

/** One page of log entries; every value is shown as text. Long reasons and details are cut at two lines (full text on hover). */
export function LogTable({ entries }: { entries: LogEntry[] }) {
  return (
    <Table data={entries} columns={columns} rowVerticalPadding="small">
      <Table.Content />
    </Table>
  );
}
