import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Contributor } from '../../access/people';
import { bulkRemovalResultSchema } from '../../contract/people';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';

/** Removes the chosen people one by one with one reason, then checks with Wix: one backend command. */
export function useBulkRemove() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { targets: Contributor[]; reason: string }) =>
      unwrap(
        bulkRemovalResultSchema,
        backend.removePeople({ accountIds: request.targets.map((p) => p.accountId), reason: request.reason }),
        'remove people',
      ),
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
}
