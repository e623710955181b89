import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';

const outcome = z.union([
  z.object({ connected: z.literal(true) }),
  z.object({ connected: z.literal(false), problem: z.string().optional() }),
]);

/** Connects or disconnects the owner's account API key; either way the site is read again (roles, mode). */
export function useApiKey() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  // The site is read again in the background: the card changes at once, and its next button is usable.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: siteKeys.all });
  const run = (call: Promise<unknown>, action: string) => unwrap(outcome, call, action);
  const connect = useMutation({ mutationFn: (key: string) => run(backend.connectApiKey(key), 'connect the API key'), onSuccess: refresh });
  const disconnect = useMutation({ mutationFn: () => run(backend.disconnectApiKey(), 'disconnect the API key'), onSuccess: refresh });
  return { connect, disconnect };
}
