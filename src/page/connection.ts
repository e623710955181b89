import { z } from '../access/zod';
import type { Backend } from '../contract/commands';
import { unwrap } from '../wix/key-services';

/** Whether the owner connected an account API key (one-click invites) or the app guides them (the default). */
export const connectionKey = ['site', 'api-key'] as const;

export const keyStatusSchema = z.object({ connected: z.boolean() });

export function connectionQuery(backend: Backend) {
  return { queryKey: connectionKey, queryFn: () => unwrap(keyStatusSchema, backend.apiKeyStatus(), 'check the API key') };
}
