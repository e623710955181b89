import { Box, Button, Card } from '@wix/design-system';
import { csvDataUri, toCsv } from '../../../access/csv';
import { plural } from '../../../access/format';
import { useServices } from '../../../page/services';
import { resultRows, type InviteRowOutcome } from '../../../access/bulk-invite-rows';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { FastTable, type FastColumn } from '../../../ui/fast-table';
import { PlainBadge, PlainText } from '../../../ui/plain';

const columns: FastColumn<InviteRowOutcome>[] = [
  { title: 'Line', width: '48px', cell: (o) => o.line },
  { title: 'Email', width: '26%', cell: (o) => o.email },
  { title: 'Role', width: '16%', cell: (o) => o.roleTitle },
  {
    title: 'Outcome',
    width: '12%',
    cell: (o) =>
      o.status === 'sent' ? (
        <PlainBadge size="tiny" skin="neutralSuccess">
          Sent
        </PlainBadge>
      ) : (
        <PlainBadge size="tiny" skin="danger">
          Failed
        </PlainBadge>
      ),
  },
  {
    title: 'Detail',
    cell: (o) => (
      <PlainText secondary={o.status === 'sent'} error={o.status !== 'sent'}>
        {o.detail}
      </PlainText>
    ),
  },
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
              <Button priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
                Open Roles & Permissions
              </Button>
            )}
            <Button as="a" priority="secondary" href={csvDataUri(toCsv(resultRows(outcomes)))} download="bulk-invite-result.csv">
              Download the result file
            </Button>
            <Button onClick={onStartOver}>Invite more people</Button>
          </Box>
        }
      />
      <Card.Divider />
      <FastTable rows={outcomes} columns={columns} rowKey={(o) => o.line} />
    </Card>
  );
}
