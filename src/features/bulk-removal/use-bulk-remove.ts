import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Contributor } from '../../access/people';
import { useOperationContext } from '../../app/app-context';
import { removePeopleOneByOne } from '../../operations/bulk-removal';
import { siteKeys } from '../../operations/site-queries';

export interface RemovalProgress {
  done: number;
  total: number;
  next: Contributor | null;
}

/** Removes the chosen people one by one with one reason, then checks with Wix. */
export function useBulkRemove() {
  const context = useOperationContext();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<RemovalProgress>({ done: 0, total: 0, next: null });
  const mutation = useMutation({
    mutationFn: (request: { targets: Contributor[]; reason: string }) =>
      removePeopleOneByOne(context, request, (done, total, next) => setProgress({ done, total, next })),
    onSuccess: () => queryClient.invalidateQueries(siteKeys.all),
  });
  return { ...mutation, progress };
}
