import { useQuery } from '@tanstack/react-query';
import { Card, Loader, Box } from '@wix/design-system';
import { useServices } from '../../../app/app-context';
import { LoadError } from '../../../ui/load-error';
import { invitesQuery, peopleQuery } from '../../../operations/site-queries';
import { InvitesTable } from './invites-table';
import { PeopleTable } from './people-table';

/** Everyone who can get into the site and every invite the app knows. */
export function InventoryTab() {
  const { gateway } = useServices();
  const people = useQuery(peopleQuery(gateway));
  const invites = useQuery(invitesQuery(gateway));

  if (people.isLoading || invites.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading the people with access…" />
        </Box>
      </Card>
    );
  }
  const failed = [people, invites].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!people.data || !invites.data) return null;

  return (
    <>
      <PeopleTable people={people.data.people} roles={people.data.roles} />
      <InvitesTable invites={invites.data} people={people.data.people} />
    </>
  );
}
