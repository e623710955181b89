import { useQueryClient } from '@tanstack/react-query';
import { siteKeys } from '../../page/site-queries';

/** After a pass changes: the passes, the people, the invites and the log may all have changed. */
export function useRefreshSupport() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(siteKeys.all);
}
