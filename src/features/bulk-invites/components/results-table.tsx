import { Badge, Box, Button, Card, Table, Text } from '@wix/design-system';
import { csvDataUri, toCsv } from '../../../access/csv';
import { plural } from '../../../access/format';
import { useServices } from '../../../app/app-context';
import { resultRows, type InviteRowOutcome } from '../../../operations/bulk-invites';
import { WIX_PAGES } from '../../../wix/dashboard-port';

const columns = [
  { title: 'Line', width: '60px', render: (o: InviteRowOutcome) => <Text size="small">{o.line}</Text> },
  { title: 'Email', render: (o: InviteRowOutcome) => <Text size="small">{o.email}</Text> },
  { title: 'Role', render: (o: InviteRowOutcome) => <Text size="small">{o.roleTitle}</Text> },
  {
    title: 'Outcome',
    render: (o: InviteRowOutcome) =>
      o.status === 'sent' ? <Badge size="small" skin="success">Sent</Badge> : <Badge size="small" skin="danger">Failed</Badge>,
  },
  { title: 'Detail', render: (o: InviteRowOutcome) => <Text size="small" secondary={o.status === 'sent'}>{o.detail}</Text> },
];

/** What happened to each row, and a result file to keep (or to fix and upload again). */
export function ResultsTable({ outcomes, onStartOver }: { outcomes: InviteRowOutcome[]; onStartOver: () => void }) {
  const { dashboard } = useServices();
  const sent = outcomes.filter((o) => o.status === 'sent').length;
  const failed = outcomes.length - sent;
  const permission = outcomes.some((o) => o.permission);
  return (
    <Card>
      <Card.Header
        title={`${plural(sent, 'invite')} sent, ${failed} failed`}
        subtitle="Each sent invite is recorded with its notes as the reason, and every attempt is in the access log."
        suffix={
          <Box gap="SP2">
            {permission && (
              <Button priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>Open Roles & Permissions</Button>
            )}
            <Button as="a" priority="secondary" href={csvDataUri(toCsv(resultRows(outcomes)))} download="bulk-invite-result.csv">
              Download the result file
            </Button>
            <Button onClick={onStartOver}>Invite more people</Button>
          </Box>
        }
      />
      <Card.Divider />
      <Table data={outcomes} columns={columns} rowVerticalPadding="tiny">
        <Table.Content />
      </Table>
    </Card>
  );
}
