import { Box, Card, Text } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import { durationText, sameEmail, type AccessRequest } from '../../../access/requests/access-request';
import { useMe } from '../../../page/identity';
import type { Me } from '../../../contract/me';
import { EmptyCard } from '../../../ui/empty-card';
import type { Decision } from '../use-decide-request';
import { DecisionForm } from './decision-form';

interface Props {
  waiting: AccessRequest[];
  busyId: string | null;
  onDecide(decision: Decision): void;
}

/** Why the signed-in person may not decide this request (the backend refuses it too), or null. */
function notYours(r: AccessRequest, me: Me | undefined): string | null {
  if (!me) return null;
  if (r.requesterAccountId === me.accountId) return 'You asked for this: another owner or co-owner decides it.';
  if (sameEmail(me.email, r.email)) return 'This is for your own access: another owner or co-owner decides it.';
  if (r.firstApprovedByAccountId === me.accountId) return 'You approved it: another owner or co-owner approves it too.';
  return null;
}

/** Requests waiting for the owner or a co-owner, each with what was asked and why. */
export function WaitingCard({ waiting, busyId, onDecide }: Props) {
  const me = useMe();
  return (
    <Card>
      <Card.Header
        title={`Waiting for approval (${waiting.length})`}
        subtitle="Approve or decline with a reason. Nobody decides their own request or a request for themselves."
      />
      <Card.Divider />
      {waiting.length === 0 ? (
        <EmptyCard title="No requests waiting">When a teammate asks for access, it appears here and in your Tasks & Reminders.</EmptyCard>
      ) : (
        <Card.Content>
          <Box direction="vertical" gap="SP5">
            {waiting.map((r) => {
              const blocked = notYours(r, me);
              return (
                <Box key={r._id} direction="vertical" gap="SP2" dataHook="waiting-request">
                  <Text weight="bold">{`${r.email} · ${r.roleTitle}`}</Text>
                  <Text size="small">{`Requested by ${r.requesterName}${r.requesterEmail ? ` (${r.requesterEmail})` : ''} on ${formatDate(r.createdAt)} · ${durationText(r, formatDate)}${r.department ? ` · ${r.department}` : ''}`}</Text>
                  <Text size="small" secondary>{`Why: ${r.justification}`}</Text>
                  {r.firstApprovedBy && (
                    <Text
                      size="small"
                      weight="bold"
                    >{`First approval: ${r.firstApprovedBy}, ${r.firstApprovedAt ? formatDate(r.firstApprovedAt) : ''}: ${r.firstApprovalReason ?? ''}. Waiting for a second approver.`}</Text>
                  )}
                  {blocked ? (
                    <Text size="small" weight="bold">
                      {blocked}
                    </Text>
                  ) : (
                    <DecisionForm
                      request={r}
                      busy={busyId === r._id}
                      onApprove={(roleTitle, reason) => onDecide({ kind: 'approve', requestId: r._id, roleTitle, reason })}
                      onDecline={(reason) => onDecide({ kind: 'decline', requestId: r._id, reason })}
                    />
                  )}
                </Box>
              );
            })}
          </Box>
        </Card.Content>
      )}
    </Card>
  );
}
