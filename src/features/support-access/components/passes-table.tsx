import { Box, Card, Table, Text, TextButton } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import type { PassView } from '../../../access/support-pass';
import { EmptyCard } from '../../../ui/empty-card';
import { PassStatus, passTiming } from './pass-status';

interface Props {
  passes: PassView[];
  onOffboard(view: PassView): void;
  onRevoke(view: PassView): void;
  onExtend(view: PassView): void;
  onRetry(view: PassView): void;
  onGuide(view: PassView): void;
  onCancelled(view: PassView): void;
  busyId: string | null;
}

const canRevoke = (v: PassView) => ['awaiting-invite', 'invited', 'active', 'due'].includes(v.state);
const canExtend = (v: PassView) => ['awaiting-invite', 'invited', 'active', 'due'].includes(v.state);

/** The end the pass really had (revoked or ended early), else the planned one. */
function untilText(v: PassView): string {
  if ((v.state === 'revoked' || v.state === 'ended') && v.grant.revokedAt)
    return `${v.state === 'ended' ? 'Ended' : 'Revoked'} ${formatDate(v.grant.revokedAt)}`;
  return formatDate(v.grant.expiresAt);
}

/** Every support pass, open ones first, with what can be done to each. */
export function PassesTable({ passes, onRevoke, onExtend, onRetry, onGuide, onCancelled, onOffboard, busyId }: Props) {
  const columns = [
    {
      title: 'Vendor',
      render: (v: PassView) => (
        <Box direction="vertical">
          <Text size="small" weight="bold">
            {v.grant.vendorName || v.grant.email}
          </Text>
          <Text size="small" secondary>
            {v.grant.email}
          </Text>
          <Text size="tiny" secondary>{`Granted ${formatDate(v.grant.createdAt)}`}</Text>
          {v.grant.requestedBy && v.grant.requestedBy !== v.grant.approvedBy && (
            <Text
              size="tiny"
              secondary
            >{`Requested by ${v.grant.requestedBy}${v.grant.approvedBy ? ` · approved by ${v.grant.approvedBy}` : ''}`}</Text>
          )}
        </Box>
      ),
    },
    { title: 'Role', render: (v: PassView) => <Text size="small">{v.grant.roleTitle}</Text> },
    { title: 'Ticket', render: (v: PassView) => <Text size="small">{v.grant.ticket || '—'}</Text> },
    {
      title: 'Status',
      render: (v: PassView) => (
        <Box direction="vertical" gap="SP1">
          <PassStatus state={v.state} />
          <Text size="tiny" secondary>
            {passTiming(v)}
          </Text>
        </Box>
      ),
    },
    { title: 'Until', render: (v: PassView) => <Text size="small">{untilText(v)}</Text> },
    {
      title: 'Actions',
      render: (v: PassView) => (
        <Box gap="SP3">
          {canExtend(v) && (
            <TextButton size="small" onClick={() => onExtend(v)} ariaLabel={`Extend ${v.grant.email}`}>
              Extend
            </TextButton>
          )}
          {canRevoke(v) && (
            <TextButton
              size="small"
              skin="destructive"
              disabled={busyId === v.grant._id}
              onClick={() => onRevoke(v)}
              ariaLabel={`Revoke ${v.grant.email}`}
            >
              Revoke
            </TextButton>
          )}
          {v.contributor && canRevoke(v) && (
            <TextButton size="small" onClick={() => onOffboard(v)} ariaLabel={`Offboard ${v.grant.email}`}>
              Offboard
            </TextButton>
          )}
          {v.state === 'awaiting-invite' && (
            <TextButton size="small" onClick={() => onGuide(v)} ariaLabel={`Send invite… to ${v.grant.email}`}>
              Send invite…
            </TextButton>
          )}
          {v.state === 'cancel-in-wix' && (
            <TextButton
              size="small"
              disabled={busyId === v.grant._id}
              onClick={() => onCancelled(v)}
              ariaLabel={`I cancelled it: the invite to ${v.grant.email}`}
            >
              I cancelled it
            </TextButton>
          )}
          {v.state === 'failed' && (
            <TextButton size="small" onClick={() => onRetry(v)} ariaLabel={`Retry ${v.grant.email}`}>
              Retry
            </TextButton>
          )}
        </Box>
      ),
    },
  ];
  return (
    <Card>
      <Card.Header
        title="Support passes"
        subtitle="Each pass ends on its date: Site Access removes the access then (or only reminds you, if you chose that), with a task in Tasks & Reminders."
      />
      <Card.Divider />
      {passes.length === 0 ? (
        <EmptyCard title="No support passes yet">
          When a vendor asks for access, grant a pass above: it ends on time and is logged.
        </EmptyCard>
      ) : (
        <Table data={passes} columns={columns} rowVerticalPadding="small">
          <Table.Content />
        </Table>
      )}
    </Card>
  );
}
