import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader, Text, TextButton } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import { durationText, outcomeText } from '../../../access/requests/access-request';
import { useServices } from '../../../page/services';
import { useMe } from '../../../page/identity';
import { EmptyCard } from '../../../ui/empty-card';
import { LoadError } from '../../../page/load-error';
import { myRequestsQuery } from '../queries';
import { RequestBadge } from './request-badge';
import { useWithdrawRequest } from '../use-withdraw-request';

/** The signed-in person's requests and what became of them (read through the backend). */
export function MyRequests() {
  const { backend, dashboard } = useServices();
  const mine = useQuery(myRequestsQuery(backend));
  const withdraw = useWithdrawRequest();
  const me = useMe();
  const onWithdraw = (id: string, email: string) =>
    withdraw.mutate(id, {
      onSuccess: () => dashboard.showToast({ message: `Request for ${email} withdrawn.`, type: 'success' }),
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  return (
    <Card>
      <Card.Header title="My requests" subtitle="What you asked for, and the site owner's decision." />
      <Card.Divider />
      <Card.Content>
        {mine.isLoading && <Loader size="small" />}
        {mine.isError && <LoadError error={mine.error} onRetry={() => void mine.refetch()} />}
        {mine.data?.length === 0 && <EmptyCard title="No requests yet">Requests you send appear here with their outcome.</EmptyCard>}
        <Box direction="vertical" gap="SP3">
          {mine.data?.map((r) => (
            <Box key={r._id} direction="vertical" gap="SP1">
              <Box gap="SP2" verticalAlign="middle">
                <Text weight="bold">{`${r.roleTitle} for ${r.email}`}</Text>
                <RequestBadge status={r.status} />
                {r.status === 'open' && r.requesterAccountId === me?.accountId && (
                  <TextButton
                    size="small"
                    disabled={withdraw.isLoading}
                    onClick={() => onWithdraw(r._id, r.email)}
                    ariaLabel={`Withdraw the request for ${r.email}`}
                  >
                    Withdraw
                  </TextButton>
                )}
              </Box>
              <Text size="small" secondary>{`${durationText(r, formatDate)} · asked ${formatDate(r.createdAt)} · ${r.justification}`}</Text>
              <Text size="small">{outcomeText(r, formatDate)}</Text>
            </Box>
          ))}
        </Box>
      </Card.Content>
    </Card>
  );
}
