import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { useServices } from '../../app/app-context';
import { siteKeys } from '../../operations/site-queries';
import { parseWix, WixError } from '../../wix/errors';

const outcome = z.union([
  z.object({ ok: z.literal(true), value: z.union([z.object({ connected: z.literal(true) }), z.object({ connected: z.literal(false), problem: z.string().optional() })]) }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);

/** Connects or disconnects the owner's account API key; either way the site is read again (roles, mode). */
export function useApiKey() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: siteKeys.all });
  const run = async (call: Promise<unknown>, action: string) => {
    const result = parseWix(outcome, await call, action);
    if (!result.ok) throw new WixError('server', result.error.message);
    return result.value;
  };
  const connect = useMutation({ mutationFn: (key: string) => run(backend.connectApiKey(key), 'connect the API key'), onSuccess: refresh });
  const disconnect = useMutation({ mutationFn: () => run(backend.disconnectApiKey(), 'disconnect the API key'), onSuccess: refresh });
  return { connect, disconnect };
}
