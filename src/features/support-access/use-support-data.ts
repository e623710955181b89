import { useQuery } from '@tanstack/react-query';
import { describePass } from '../../access/support-pass';
import { BUILT_IN_VENDORS } from '../../access/vendors';
import { useServices } from '../../app/app-context';
import { invitesQuery, peopleQuery } from '../../operations/site-queries';
import { grantsQuery, vendorsQuery } from './queries';

/** Everything the support tab reads, loaded in one parallel wave, with each pass's live state. */
export function useSupportData() {
  const { gateway, clock } = useServices();
  const queries = [useQuery(peopleQuery(gateway)), useQuery(invitesQuery(gateway)), useQuery(grantsQuery(gateway)), useQuery(vendorsQuery(gateway))] as const;
  const [people, invites, grants, vendors] = queries;
  const failed = queries.find((q) => q.isError);
  if (failed) return { status: 'error' as const, error: failed.error, retry: () => failed.refetch() };
  if (!people.data || !invites.data || !grants.data || !vendors.data) return { status: 'loading' as const };
  const now = clock();
  return {
    status: 'ready' as const,
    site: { people: people.data.people, roles: people.data.roles, invites: invites.data },
    grants: grants.data,
    passes: grants.data.map((grant) => describePass(grant, people.data.people, now)),
    vendors: [...BUILT_IN_VENDORS, ...vendors.data],
  };
}

export type SupportData = Extract<ReturnType<typeof useSupportData>, { status: 'ready' }>;
