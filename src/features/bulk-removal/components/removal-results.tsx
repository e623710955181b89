import { Badge, Box, Button, Card, SectionHelper, Table, Text } from '@wix/design-system';
import type { BulkRemovalResult, RemovalOutcome, RemovalStatus } from '../../../contract/people';

const BADGES: Record<RemovalStatus, { label: string; skin: 'neutralSuccess' | 'neutralDanger' | 'warningLight' | 'neutralLight' }> = {
  removed: { label: 'Removed', skin: 'neutralSuccess' },
  'already-gone': { label: 'Already gone', skin: 'neutralLight' },
  refused: { label: 'Not removed', skin: 'warningLight' },
  failed: { label: 'Failed', skin: 'neutralDanger' },
  'still-listed': { label: 'Still has access', skin: 'neutralDanger' },
};

const columns = [
  { title: 'Person', render: (o: RemovalOutcome) => <Text size="small">{`${o.person.name} (${o.person.email})`}</Text> },
  {
    title: 'Outcome',
    render: (o: RemovalOutcome) => (
      <Badge size="small" skin={BADGES[o.status].skin}>
        {BADGES[o.status].label}
      </Badge>
    ),
  },
  { title: 'Detail', render: (o: RemovalOutcome) => <Text size="small">{o.detail}</Text> },
];

/** Each person's outcome, the check with Wix, and the guide's steps after a mass removal. */
export function RemovalResults({ result, onDone }: { result: BulkRemovalResult; onDone: () => void }) {
  const gone = result.outcomes.filter((o) => o.status === 'removed' || o.status === 'already-gone').length;
  const left = result.outcomes.filter((o) => o.status !== 'removed' && o.status !== 'already-gone');
  return (
    <Card>
      <Card.Header
        title={`${gone} of ${result.outcomes.length} removed`}
        subtitle={
          result.verified
            ? `Checked with Wix afterwards: ${left.length ? `${left.map((o) => o.person.name).join(', ')} still ${left.length === 1 ? 'has' : 'have'} access.` : 'nobody picked is listed any more.'}`
            : (result.verifyProblem ?? '')
        }
        suffix={<Button onClick={onDone}>Done</Button>}
      />
      <Card.Divider />
      <Table data={result.outcomes} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
      <Card.Content>
        <SectionHelper skin="standard" title="After a mass removal (from the guide)">
          <Box direction="vertical">
            <Text size="small">Rotate all shared credentials (passwords, API keys) these people knew.</Text>
            <Text size="small">Review the site's audit logs for recent changes.</Text>
            <Text size="small">Update your team's access documentation.</Text>
          </Box>
        </SectionHelper>
      </Card.Content>
    </Card>
  );
}
