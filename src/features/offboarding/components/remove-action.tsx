import { useQuery } from '@tanstack/react-query';
import { Box, Button, Loader, SectionHelper, Text } from '@wix/design-system';
import { plural } from '../../../access/format';
import { accessChangeBlocker } from '../../../access/guards';
import { roleLabel, type Offboarding } from '../../../access/offboarding';
import { useServices } from '../../../page/services';
import { useConnected } from '../../../page/use-connection';
import { leftoverInvites } from '../../../access/invite-records';
import { AccessChangeRefused } from '../../../operations/people';
import { invitesQuery, peopleQuery } from '../../../page/site-queries';
import { LoadError } from '../../../page/load-error';
import type { useRemovePerson } from '../use-remove-person';
import { ActionError } from './action-error';

export type RemoveMutation = ReturnType<typeof useRemovePerson>;

interface Props {
  record: Offboarding;
  remove: RemoveMutation;
  label: string;
  /** Says what the removal will do (the remove step); the verify step's retry does not repeat it. */
  preview?: boolean;
}

/** Removes the person after a confirmation naming them and their role; a failure stays here with a retry. */
export function RemoveAction({ record, remove, label, preview = false }: Props) {
  const { gateway, dashboard, clock } = useServices();
  const people = useQuery(peopleQuery(gateway));
  const invites = useQuery(invitesQuery(gateway));
  const connected = useConnected();
  if (people.isLoading || invites.isLoading) return <Loader size="small" text="Checking who has access…" />;
  const failed = [people, invites].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!people.data || !invites.data) return null;

  const { roles } = people.data;
  const live = people.data.people.find((p) => p.accountId === record.accountId);
  const blocker = live ? accessChangeBlocker(live, people.data.people, roles) : null;
  if (blocker)
    return (
      <SectionHelper skin="warning" title={`${record.name} can't be removed now`}>
        <Text size="small">{blocker}</Text>
      </SectionHelper>
    );

  const pending = live ? leftoverInvites(live, invites.data, clock()) : [];
  const run = () =>
    remove.mutate(
      { record, people: people.data.people, roles, invites: invites.data },
      {
        onSuccess: (saved) => {
          dashboard.showToast(
            saved.removal === 'removed'
              ? { message: `${record.name} was removed from the site.`, type: 'success' }
              : { message: `${record.name} had already been removed from the site elsewhere.`, type: 'warning' },
          );
        },
      },
    );
  const confirmAndRun = async () => {
    const confirmed = await dashboard.confirm({
      title: `Remove ${record.name}?`,
      message:
        `${record.name} (${record.email || 'no email'}) will lose their ${roleLabel(record)} access to this site right away.` +
        (connected
          ? ' Any pending invite to the same email is cancelled'
          : ' Pending invites to the same email are listed for you to cancel in Roles & Permissions') +
        ' and any open support pass is closed.',
      confirmLabel: 'Remove',
      destructive: true,
    });
    if (confirmed) run();
  };
  const retry = remove.error instanceof AccessChangeRefused ? undefined : run;
  return (
    <Box direction="vertical" gap="SP3">
      {preview && (
        <Box direction="vertical" gap="SP1">
          <Text size="small" weight="bold">{`Removing ${record.name} will:`}</Text>
          <Text size="small">{`• take away their ${roleLabel(record)} access through Wix, right away;`}</Text>
          <Text size="small">
            {!connected
              ? `• list ${pending.length > 0 ? plural(pending.length, 'pending invite') : 'any pending invite'} to ${record.email || 'them'} for you to cancel in Roles & Permissions (Wix lets only an account API key cancel invites);`
              : pending.length > 0
                ? `• cancel ${plural(pending.length, 'pending invite')} to ${record.email};`
                : `• cancel any pending invite to ${record.email || 'them'} (none is known now);`}
          </Text>
          <Text size="small">{`• close any open support pass for ${record.email || 'them'}.`}</Text>
        </Box>
      )}
      <ActionError title={`Couldn't remove ${record.name}`} error={remove.error} onRetry={retry} />
      {!remove.isError && (
        <Box>
          <Button skin="destructive" onClick={confirmAndRun} disabled={remove.isLoading}>
            {remove.isLoading ? 'Removing…' : label}
          </Button>
        </Box>
      )}
    </Box>
  );
}
