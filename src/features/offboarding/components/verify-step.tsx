import { useQuery } from '@tanstack/react-query';
import { Box, Button, Loader, SectionHelper, Text } from '@wix/design-system';
import { formatDateTime, plural } from '../../../access/format';
import type { Offboarding, RecordStep } from '../../../access/offboarding';
import { useServices } from '../../../page/services';
import { useConnected } from '../../../page/use-connection';
import { LoadError } from '../../../page/load-error';
import { removalCheckQuery } from '../queries';
import { useDocumentOffboarding } from '../use-document-offboarding';
import { ActionError } from './action-error';
import { CancelInvitesInWix } from './cancel-invites-in-wix';
import { RemoveAction, type RemoveMutation } from './remove-action';

interface Props {
  record: Offboarding;
  remove: RemoveMutation;
  onOpenStep: (step: RecordStep) => void;
}

/** Step 5: asks Wix again; they must be gone and no invite to them may remain. */
export function VerifyStep({ record, remove, onOpenStep }: Props) {
  const { gateway, clock } = useServices();
  const check = useQuery(removalCheckQuery(gateway, clock, record));
  const documentIt = useDocumentOffboarding();
  const connected = useConnected();
  if (check.isLoading || check.isFetching) return <Loader size="small" text="Asking Wix who has access…" />;
  if (check.isError) return <LoadError error={check.error} onRetry={() => check.refetch()} />;
  if (!check.data) return null;
  const { stillThere, pendingInvites, gone, checkedAt } = check.data;
  const checkAgain = (
    <Button priority="secondary" onClick={() => check.refetch()}>
      Check again
    </Button>
  );

  if (!gone) {
    return (
      <Box direction="vertical" gap="SP3">
        <SectionHelper skin="danger" title={`${record.name} is not fully gone`}>
          <Box direction="vertical" gap="SP1">
            {stillThere && (
              <Text
                size="small"
                role="alert"
              >{`${record.name} still has access: Wix still lists ${stillThere.email || 'them'} among the people with access (checked ${formatDateTime(checkedAt)}).`}</Text>
            )}
            {pendingInvites.map((view) => (
              <Text
                key={view.record._id}
                size="small"
                role="alert"
              >{`An invite to ${view.record.email} (${view.record.roleTitle}) is still pending, with ${plural(view.daysLeft ?? 0, 'day')} left.`}</Text>
            ))}
          </Box>
        </SectionHelper>
        {(stillThere || connected) && <RemoveAction record={record} remove={remove} label="Try the removal again" />}
        {!connected && <CancelInvitesInWix record={record} invites={pendingInvites.map((view) => view.record)} />}
        <Box>{checkAgain}</Box>
      </Box>
    );
  }
  const done = record.documentedAt !== null;
  return (
    <Box direction="vertical" gap="SP3">
      {record.removal === 'already-removed' && (
        <Text size="small">{`${record.name} had already been removed elsewhere before Site Access tried.`}</Text>
      )}
      <SectionHelper skin="success" title={`${record.name} is gone`}>
        <Box direction="vertical" gap="SP1">
          <Text size="small">{`Wix no longer lists ${record.name} among the people with access (checked ${formatDateTime(checkedAt)}).`}</Text>
          <Text size="small">{`No invite to ${record.email || 'them'} remains.`}</Text>
        </Box>
      </SectionHelper>
      <ActionError
        title="Couldn't document the offboarding"
        error={documentIt.error}
        onRetry={() => documentIt.mutate({ record, verifiedAt: checkedAt })}
      />
      <Box gap="SP2">
        {done ? (
          <Button onClick={() => onOpenStep('document')}>View the documentation</Button>
        ) : (
          <Button disabled={documentIt.isLoading} onClick={() => documentIt.mutate({ record, verifiedAt: checkedAt })}>
            Continue to documentation
          </Button>
        )}
        {checkAgain}
      </Box>
    </Box>
  );
}
