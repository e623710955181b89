import { Badge, Card, Table, Text } from '@wix/design-system';
import { EmptyCard } from '../../../ui/empty-card';
import { describeInvite, type InviteRecord, type InviteState, type InviteView } from '../../../access/invite-records';
import { formatDate, plural } from '../../../access/format';
import type { Contributor } from '../../../access/people';
import { useServices } from '../../../app/app-context';

const STATE_BADGES: Record<InviteState, { label: string; skin: 'warningLight' | 'neutralSuccess' | 'neutralDanger' | 'neutralLight' }> = {
  pending: { label: 'Pending', skin: 'warningLight' },
  accepted: { label: 'Accepted', skin: 'neutralSuccess' },
  expired: { label: 'Expired', skin: 'neutralDanger' },
  revoked: { label: 'Cancelled', skin: 'neutralLight' },
};

function daysLeftText(view: InviteView): string {
  if (view.state === 'pending' && view.daysLeft !== null) return `${plural(view.daysLeft, 'day')} of 30 left`;
  if (view.state === 'accepted' && view.acceptedBy) return `Joined as ${view.acceptedBy.email}`;
  return '—';
}

/** The invites the app sent (Wix has no way to list invites, so only these are known). */
export function InvitesTable({ invites, people }: { invites: InviteRecord[]; people: Contributor[] }) {
  const { clock } = useServices();
  const now = clock();
  const views = invites.map((record) => describeInvite(record, people, now));
  const columns = [
    { title: 'Email', render: (v: InviteView) => <Text size="small">{v.record.email}</Text> },
    { title: 'Role', render: (v: InviteView) => <Text size="small">{v.record.roleTitle}</Text> },
    {
      title: 'Status',
      render: (v: InviteView) => <Badge size="small" skin={STATE_BADGES[v.state].skin}>{STATE_BADGES[v.state].label}</Badge>,
    },
    { title: 'Days left', render: (v: InviteView) => <Text size="small">{daysLeftText(v)}</Text> },
    { title: 'Sent', render: (v: InviteView) => <Text size="small">{formatDate(v.record.sentAt)}</Text> },
  ];
  return (
    <Card>
      <Card.Header title="Invites" subtitle="Invites sent through Site Access. Wix keeps no list of invites, and each one expires after 30 days." />
      <Card.Divider />
      {views.length === 0 ? (
        <EmptyCard title="No invites yet">Invites you send from Site Access appear here with their status and days left.</EmptyCard>
      ) : (
        <Table data={views} columns={columns} rowVerticalPadding="small">
          <Table.Content />
        </Table>
      )}
    </Card>
  );
}
