import { useQuery } from '@tanstack/react-query';
import { Badge, Box, Card, Loader, Table, Text } from '@wix/design-system';
import { EmptyCard } from '../../../ui/empty-card';
import { LOG_ACTIONS, type LogEntry } from '../../../access/access-log';
import { formatDateTime, plural } from '../../../access/format';
import { useServices } from '../../../app/app-context';
import { LoadError } from '../../../ui/load-error';
import { accessLogQuery } from '../../../operations/site-queries';

const OUTCOME_SKIN = { pending: 'warningLight', done: 'neutralSuccess', failed: 'neutralDanger' } as const;

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
  { title: 'Outcome', render: (e: LogEntry) => <Badge size="small" skin={OUTCOME_SKIN[e.outcome]}>{e.outcome}</Badge> },
];

/** Every change Site Access made to who can get into the site, newest first. */
export function AccessLogTab() {
  const { gateway } = useServices();
  const log = useQuery(accessLogQuery(gateway));
  if (log.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10"><Loader size="medium" text="Loading the access log…" /></Box>
      </Card>
    );
  }
  if (log.isError) return <LoadError error={log.error} onRetry={() => log.refetch()} />;
  return (
    <Card>
      <Card.Header title="Access log" subtitle={`${plural(log.data.length, 'entry', 'entries')}. Entries are never edited.`} />
      <Card.Divider />
      {log.data.length === 0 ? (
        <EmptyCard title="Nothing logged yet">Invites, removals, role changes and review decisions made in Site Access are recorded here.</EmptyCard>
      ) : (
        <Table data={log.data} columns={columns} rowVerticalPadding="small">
          <Table.Content />
        </Table>
      )}
    </Card>
  );
}
