import { useQuery } from '@tanstack/react-query';
import { meSchema, OWNER_UNNAMED, type Me } from '../contract/me';
import type { Backend } from '../contract/commands';
import { unwrap } from '../wix/key-services';
import { useServices } from './services';

/** Who is signed in (the backend asks Wix); not under `site`, so changes to access do not re-ask. */
export const meKey = ['me'] as const;

export function meQuery(backend: Backend) {
  return { queryKey: meKey, queryFn: () => unwrap(meSchema, backend.whoAmI(), 'find out who is signed in'), staleTime: Infinity };
}

/** The signed-in person once known (undefined while asking). */
export function useMe(): Me | undefined {
  return useMeQuery().data;
}

/** The question itself, for the page that waits on it (loading, failed with Retry, answered). */
export function useMeQuery() {
  const { backend } = useServices();
  return useQuery(meQuery(backend));
}

/** "Maya Levin · Owner", "the site owner" (Wix does not list them), "Daniel Cohen · Co-owner", "POWR Support · View only". */
export function signedInLabel(me: Me): string {
  if (!me.signedIn) return 'Nobody signed in · View only';
  if (me.name === OWNER_UNNAMED) return 'the site owner';
  const standing = !me.canManage ? 'View only' : me.isOwner === true ? 'Owner' : me.isOwner === false ? 'Co-owner' : 'Owner or co-owner';
  return `${me.name} · ${standing}`;
}
