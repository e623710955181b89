import { useQuery } from '@tanstack/react-query';
import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { formatDateTime, plural } from '../../../access/format';
import type { Offboarding, RecordStep } from '../../../access/offboarding';
import { useServices } from '../../../page/services';
import { useConnected } from '../../../page/use-connection';
import { leftoverInvites } from '../../../access/invite-records';
import { invitesQuery } from '../../../page/site-queries';
import { useAdvanceStep } from '../use-advance-step';
import { subject } from '../use-remove-person';
import { ActionError } from './action-error';
import { CancelInvitesInWix } from './cancel-invites-in-wix';
import { RemoveAction, type RemoveMutation } from './remove-action';

/** The pending invites to their email the owner still has to cancel in Roles & Permissions (no key, or Wix refused it). */
function InvitesLeftToOwner({ record }: { record: Offboarding }) {
  const { gateway, clock } = useServices();
  const invites = useQuery(invitesQuery(gateway));
  if (!invites.data) return null;
  return <CancelInvitesInWix record={record} invites={leftoverInvites(subject(record, []), invites.data, clock())} />;
}

/** What the removal did (or "removed elsewhere"), and anything around it that failed. */
function RemovalSummary({ record }: { record: Offboarding }) {
  const when = record.removedAt ? formatDateTime(record.removedAt) : 'an unknown time';
  const title = record.removal === 'already-removed' ? `${record.name} had already been removed elsewhere` : `${record.name} was removed`;
  return (
    <SectionHelper skin={record.removalProblems.length > 0 ? 'warning' : 'success'} title={title}>
      <Box direction="vertical" gap="SP1">
        <Text size="small">
          {record.removal === 'already-removed'
            ? `When ${record.removedBy} tried on ${when}, Wix no longer listed them: someone removed them outside Site Access.`
            : `Removed on ${when} by ${record.removedBy}.`}
        </Text>
        <Text size="small">{`${plural(record.invitesCancelled, 'pending invite')} cancelled, ${plural(record.passesClosed, 'support pass', 'support passes')} closed.`}</Text>
        {record.removalProblems.map((problem) => (
          <Text key={problem} size="small" role="alert">
            {problem}
          </Text>
        ))}
      </Box>
    </SectionHelper>
  );
}

interface Props {
  record: Offboarding;
  remove: RemoveMutation;
  onOpenStep: (step: RecordStep) => void;
}

/** Step 3: remove them through Wix, with their pending invites and open support passes. */
export function RemoveStep({ record, remove, onOpenStep }: Props) {
  const advance = useAdvanceStep();
  if (record.removal) {
    // Held here while invites are left to the owner; continuing saves the progress.
    const next = () => (record.step === 'remove' ? advance.mutate({ record, step: 'security' }) : onOpenStep('security'));
    return (
      <Box direction="vertical" gap="SP3">
        <RemovalSummary record={record} />
        <InvitesLeftToOwner record={record} />
        <ActionError title="Couldn't save the progress" error={advance.error} onRetry={next} />
        <Box>
          <Button onClick={next} disabled={advance.isLoading}>
            Continue to post-removal security
          </Button>
        </Box>
      </Box>
    );
  }
  return (
    <Box direction="vertical" gap="SP3">
      <Text size="small">{`Reason: ${record.reason || '—'}`}</Text>
      <RemoveAction record={record} remove={remove} label={`Remove ${record.name}`} preview />
    </Box>
  );
}
