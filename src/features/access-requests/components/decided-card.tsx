import { Box, Card, Table, Text, TextButton } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import { durationText } from '../../../access/requests/access-request';
import type { RequestView } from '../../../access/requests/request-view';
import { EmptyCard } from '../../../ui/empty-card';
import { RequestBadge } from './request-badge';

interface Props {
  decided: RequestView[];
  busyId: string | null;
  onGuide(view: RequestView): void;
  onRetry(view: RequestView): void;
}

/** Decided requests: who decided, why, and what the access became. */
export function DecidedCard({ decided, busyId, onGuide, onRetry }: Props) {
  const columns = [
    {
      title: 'Request',
      render: (v: RequestView) => (
        <Box direction="vertical">
          {/* A long address wraps inside its column instead of running under the next one. */}
          <Text size="small" weight="bold">
            <span style={{ overflowWrap: 'anywhere' }}>{v.request.email}</span>
          </Text>
          <Text size="small">{v.request.roleTitle}</Text>
          <Text
            size="tiny"
            secondary
          >{`By ${v.request.requesterName}, ${formatDate(v.request.createdAt)} · ${durationText(v.request, formatDate)}`}</Text>
        </Box>
      ),
    },
    {
      title: 'Decision',
      render: (v: RequestView) => (
        <Box direction="vertical" gap="SP1">
          <Box>
            <RequestBadge status={v.request.status} />
          </Box>
          {v.request.firstApprovedBy && (
            <Text size="tiny" secondary>{`${v.request.firstApprovedBy} (first): ${v.request.firstApprovalReason ?? ''}`}</Text>
          )}
          <Text
            size="tiny"
            secondary
          >{`${v.request.decidedBy ?? ''}${v.request.decidedAt ? `, ${formatDate(v.request.decidedAt)}` : ''}: ${v.request.decisionReason ?? ''}`}</Text>
        </Box>
      ),
    },
    { title: 'Access', render: (v: RequestView) => <Text size="small">{v.access}</Text> },
    {
      title: 'Actions',
      render: (v: RequestView) => (
        <Box gap="SP3">
          {v.needsInvite && (
            <TextButton size="small" onClick={() => onGuide(v)} ariaLabel={`Send invite… to ${v.request.email}`}>
              Send invite…
            </TextButton>
          )}
          {v.request.status === 'approved' && v.request.failure && (
            <TextButton
              size="small"
              disabled={busyId === v.request._id}
              onClick={() => onRetry(v)}
              ariaLabel={`Try again: ${v.request.email}`}
            >
              Try again
            </TextButton>
          )}
        </Box>
      ),
    },
  ];
  return (
    <Card>
      <Card.Header
        title="Decided requests"
        subtitle="Approved access is a support pass (until a date) or permanent access, verified again in the quarterly review."
      />
      <Card.Divider />
      {decided.length === 0 ? (
        <EmptyCard title="No decided requests yet">Approved and declined requests are listed here with who decided and why.</EmptyCard>
      ) : (
        <Table data={decided} columns={columns} rowVerticalPadding="small">
          <Table.Content />
        </Table>
      )}
    </Card>
  );
}
