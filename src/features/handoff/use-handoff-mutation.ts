import { useMutation, useQueryClient, type MutationFunction } from '@tanstack/react-query';
import type { Handoff } from '../../access/handoff';
import { siteKeys } from '../../page/site-queries';
import { handoffKeys } from './queries';

/** A handoff change: refreshes the handoffs and the access log (every step is logged). */
export function useHandoffMutation<Input>(mutationFn: MutationFunction<Handoff, Input>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries(handoffKeys.all), queryClient.invalidateQueries(siteKeys.accessLog)]),
  });
}
