import { useQuery } from '@tanstack/react-query';
import type { SiteSnapshot } from '../../access/invite-sheet-check';
import { invitableRoles } from '../../access/wix-role-titles';
import { useServices } from '../../page/services';
import { connectionQuery } from '../../page/connection';
import { invitesQuery, peopleQuery } from '../../page/site-queries';

/** While a prepared list is shown, Wix is asked every 30 s who joined (Wix tells the page nothing). */
export const PREPARED_POLL_MS = 30_000;

/**
 * What the sheet is checked against: the people, the invites the app sent, and whether a key is
 * connected. Without a key (or without the roles catalogue) rows name Wix's predefined role titles and
 * the owner invites them in Roles & Permissions (`guided`).
 */
export function useBulkSite({ poll }: { poll: boolean }) {
  const { gateway, backend, clock } = useServices();
  // Read afresh whenever the section opens: who is already here decides the check and who joined.
  const people = useQuery({ ...peopleQuery(gateway), refetchOnMount: 'always', refetchInterval: poll ? PREPARED_POLL_MS : false });
  const invites = useQuery(invitesQuery(gateway));
  // A failed check counts as not connected (guided), as everywhere else in the app.
  const connection = useQuery(connectionQuery(backend));
  const failed = [people, invites].find((q) => q.isError);
  if (failed) return { status: 'error' as const, error: failed.error, retry: () => failed.refetch() };
  if (!people.data || !invites.data || connection.isLoading) return { status: 'loading' as const };
  const guided = !connection.data?.connected || !people.data.rolesNamed;
  const site: SiteSnapshot = {
    people: people.data.people,
    roles: people.data.roles,
    invites: invites.data,
    now: clock(),
    inviteRoles: invitableRoles(people.data.roles, people.data.rolesNamed),
  };
  return {
    status: 'ready' as const,
    site,
    guided,
    roles: people.data.roles,
    checkWhoJoined: () => people.refetch(),
    checking: people.isFetching,
  };
}
