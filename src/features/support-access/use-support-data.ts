import { useQuery } from '@tanstack/react-query';
import { describePass } from '../../access/support-pass';
import { invitableRoles } from '../../access/wix-role-titles';
import { BUILT_IN_VENDORS } from '../../access/vendors';
import { useServices } from '../../page/services';
import { grantsQuery, invitesQuery, peopleQuery } from '../../page/site-queries';
import { vendorsQuery } from './queries';

/** While the Support tab is open, Wix is asked every 30 s whether a vendor joined (Wix tells the page nothing). */
const POLL_MS = 30_000;

/** The passes with their live state, and the site they are about (shared queries: no extra request). */
export function usePassViews({ poll = false }: { poll?: boolean } = {}) {
  const { gateway, clock } = useServices();
  const people = useQuery({ ...peopleQuery(gateway), refetchInterval: poll ? POLL_MS : false });
  const queries = [people, useQuery(invitesQuery(gateway)), useQuery(grantsQuery(gateway))] as const;
  const [, invites, grants] = queries;
  const failed = queries.find((q) => q.isError);
  if (failed) return { status: 'error' as const, error: failed.error, retry: () => failed.refetch() };
  if (!people.data || !invites.data || !grants.data) return { status: 'loading' as const };
  const now = clock();
  return {
    status: 'ready' as const,
    // Without the roles catalogue a pass names the role the owner chooses in Roles & Permissions.
    site: { people: people.data.people, roles: invitableRoles(people.data.roles, people.data.rolesNamed), invites: invites.data },
    grants: grants.data,
    passes: grants.data.map((grant) => describePass(grant, people.data.people, now)),
  };
}

/** Everything the support tab reads: the passes and the vendor directory, in one parallel wave. */
export function useSupportData(options: { poll?: boolean } = {}) {
  const { gateway } = useServices();
  const passes = usePassViews(options);
  const vendors = useQuery(vendorsQuery(gateway));
  if (passes.status !== 'ready') return passes;
  if (vendors.isError) return { status: 'error' as const, error: vendors.error, retry: () => vendors.refetch() };
  if (!vendors.data) return { status: 'loading' as const };
  return { ...passes, vendors: [...BUILT_IN_VENDORS, ...vendors.data] };
}

export type SupportData = Extract<ReturnType<typeof useSupportData>, { status: 'ready' }>;
