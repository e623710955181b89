import { Badge, Box, Button, Card, Table, Text } from '@wix/design-system';
import { formatDate, plural } from '../../../access/format';
import { progressText } from '../../../access/offboarding-checks';
import { OFFBOARDING_STEPS, roleLabel, STEP_TITLES, stepIndex, type Offboarding } from '../../../access/offboarding';
import { openChecks } from '../../../access/security-checklist';
import { ClampedText } from '../../../ui/clamped-text';

interface Props {
  records: Offboarding[];
  onOpen: (id: string) => void;
}

/** Where an offboarding is, and which security checks are still open (they keep it in progress). */
function Progress({ record }: { record: Offboarding }) {
  const open = record.removal ? openChecks(record.checks) : [];
  const documented = record.documentedAt !== null;
  return (
    <Box direction="vertical" gap="SP1">
      {record.status === 'completed' ? (
        <Box>
          <Badge size="small" skin="neutralSuccess">
            Completed
          </Badge>
        </Box>
      ) : (
        <Text size="small">
          {documented
            ? 'Documented · security checks open'
            : `Step ${stepIndex(record.step) + 1} of ${OFFBOARDING_STEPS.length} · ${STEP_TITLES[record.step]}`}
        </Text>
      )}
      {record.removal && <Text size="small" secondary>{`Security: ${progressText(record)}`}</Text>}
      {open.length > 0 && <ClampedText secondary text={`Open: ${open.map((check) => check.label).join('; ')}`} />}
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
    { title: 'Progress', render: (r: Offboarding) => <Progress record={r} /> },
    {
      title: 'Started',
      render: (r: Offboarding) => <Text size="small">{`${formatDate(r.startedAt)} by ${r.startedBy || 'unknown'}`}</Text>,
    },
    {
      title: 'Open',
      render: (r: Offboarding) => (
        <Button
          size="small"
          priority="secondary"
          onClick={() => onOpen(r._id)}
          aria-label={`${r.status === 'completed' ? 'View' : 'Continue'} the offboarding of ${r.name}`}
        >
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
