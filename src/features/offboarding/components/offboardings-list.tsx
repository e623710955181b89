import { Badge, Box, Button, Card, Table, Text } from '@wix/design-system';
import { formatDate, plural } from '../../../access/format';
import { OFFBOARDING_STEPS, roleLabel, STEP_TITLES, stepIndex, type Offboarding } from '../../../access/offboarding';
import { checksProgress } from '../../../access/offboarding-summary';

interface Props {
  records: Offboarding[];
  onOpen: (id: string) => void;
}

function Progress({ record }: { record: Offboarding }) {
  if (record.status !== 'completed') {
    return <Text size="small">{`Step ${stepIndex(record.step) + 1} of ${OFFBOARDING_STEPS.length} · ${STEP_TITLES[record.step]}`}</Text>;
  }
  const { done, total } = checksProgress(record);
  return (
    <Box direction="vertical" gap="SP1">
      <Box><Badge size="small" skin="neutralSuccess">Completed</Badge></Box>
      <Text size="small">{`${done} of ${total} security checks done`}</Text>
    </Box>
  );
}

/** Offboardings in progress (several can be) and completed ones; each resumes where it was left. */
export function OffboardingsList({ records, onOpen }: Props) {
  if (records.length === 0) return null;
  const inProgress = records.filter((r) => r.status === 'in-progress');
  const ordered = [...inProgress, ...records.filter((r) => r.status === 'completed')];
  const columns = [
    { title: 'Person', render: (r: Offboarding) => <Text size="small">{r.email ? `${r.name} (${r.email})` : r.name}</Text> },
    { title: 'Role', render: (r: Offboarding) => <Text size="small">{roleLabel(r)}</Text> },
    {
      title: 'Progress',
      render: (r: Offboarding) => <Progress record={r} />,
    },
    { title: 'Started', render: (r: Offboarding) => <Text size="small">{`${formatDate(r.startedAt)} by ${r.startedBy || 'unknown'}`}</Text> },
    {
      title: 'Open',
      render: (r: Offboarding) => (
        <Button size="small" priority="secondary" onClick={() => onOpen(r._id)} aria-label={`${r.status === 'completed' ? 'View' : 'Continue'} the offboarding of ${r.name}`}>
          {r.status === 'completed' ? 'View' : 'Continue'}
        </Button>
      ),
    },
  ];
  return (
    <Card>
      <Card.Header
        title="Offboardings"
        subtitle={`${plural(inProgress.length, 'offboarding')} in progress. Progress is saved as you go: continue any of them where you left off.`}
      />
      <Card.Divider />
      <Table data={ordered} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
    </Card>
  );
}
