import { useQuery } from '@tanstack/react-query';
import { Card, Loader, Box } from '@wix/design-system';
import { useServices } from '../../../app/app-context';
import { LoadError } from '../../../ui/load-error';
import { inventoryQuery } from '../queries';
import { InvitesTable } from './invites-table';
import { PeopleTable } from './people-table';

/** Everyone who can get into the site and every invite the app knows. */
export function InventoryTab() {
  const { gateway } = useServices();
  const inventory = useQuery(inventoryQuery(gateway));

  if (inventory.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading the people with access…" />
        </Box>
      </Card>
    );
  }
  if (inventory.isError) return <LoadError error={inventory.error} onRetry={() => inventory.refetch()} />;

  const { people, roles, invites } = inventory.data;
  return (
    <>
      <PeopleTable people={people} roles={roles} />
      <InvitesTable invites={invites} people={people} />
    </>
  );
}
