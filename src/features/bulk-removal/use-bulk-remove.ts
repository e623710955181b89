import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Contributor } from '../../access/people';
import { bulkRemovalResultSchema } from '../../contract/people';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';

export interface RemovalProgress {
  done: number;
  total: number;
  next: Contributor | null;
}

/** Removes the chosen people one by one with one reason, then checks with Wix: one backend command. */
export function useBulkRemove() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<RemovalProgress>({ done: 0, total: 0, next: null });
  const mutation = useMutation({
    mutationFn: async (request: { targets: Contributor[]; reason: string }) => {
      setProgress({ done: 0, total: request.targets.length, next: null });
      const result = await unwrap(
        bulkRemovalResultSchema,
        backend.removePeople({ accountIds: request.targets.map((p) => p.accountId), reason: request.reason }),
        'remove people',
      );
      setProgress({ done: request.targets.length, total: request.targets.length, next: null });
      return result;
    },
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
  return { ...mutation, progress };
}
