import { Badge, Box, Button, Card, Table, Text, TextButton } from '@wix/design-system';
import type { Handoff } from '../../../access/handoff';
import { progressOf } from '../../../access/handoff-checklist';
import { formatDate } from '../../../access/format';
import { EmptyCard } from '../../../ui/empty-card';

interface Props {
  handoffs: Handoff[];
  onOpen: (id: string) => void;
  onStart: () => void;
}

/** Every handoff with its progress; open one to continue where it was left. */
export function HandoffList({ handoffs, onOpen, onStart }: Props) {
  const columns = [
    {
      title: 'New owner',
      render: (h: Handoff) => (
        <TextButton size="small" onClick={() => onOpen(h._id)}>
          {h.newOwnerName ? `${h.newOwnerName} (${h.newOwnerEmail})` : h.newOwnerEmail}
        </TextButton>
      ),
    },
    { title: 'Handed over by', render: (h: Handoff) => <Text size="small">{h.handedOverBy || h.startedBy}</Text> },
    { title: 'Started', render: (h: Handoff) => <Text size="small">{formatDate(h.startedAt)}</Text> },
    {
      title: 'Progress',
      render: (h: Handoff) => {
        const { done, total } = progressOf(h);
        return h.finishedAt ? (
          <Badge size="small" skin="neutralSuccess">
            Finished
          </Badge>
        ) : (
          <Text size="small">{`${done} of ${total} done`}</Text>
        );
      },
    },
  ];
  return (
    <Card>
      <Card.Header
        title="Handoffs and ownership transfers"
        subtitle="Selling a site, handing it to a client, or changing owners: the guide's checklist before, during and after Wix's transfer, saved as you go."
        suffix={<Button onClick={onStart}>Start a handoff</Button>}
      />
      <Card.Divider />
      {handoffs.length === 0 ? (
        <EmptyCard title="No handoffs yet">Start one when the site moves to a new owner. Each transfer gets its own checklist.</EmptyCard>
      ) : (
        <Box direction="vertical">
          <Table data={handoffs} columns={columns} rowVerticalPadding="small">
            <Table.Content />
          </Table>
        </Box>
      )}
    </Card>
  );
}
