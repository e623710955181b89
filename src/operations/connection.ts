import { z } from 'zod';
import type { BackendApi } from '../backend/backend-api';
import { parseWix, WixError } from '../wix/errors';

const answer = z.union([
  z.object({ ok: z.literal(true), value: z.object({ connected: z.boolean() }) }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);

/** Whether the owner connected an account API key (one-click invites) or the app guides them (the default). */
export const connectionKey = ['site', 'api-key'] as const;

export function connectionQuery(backend: BackendApi) {
  return {
    queryKey: connectionKey,
    queryFn: async () => {
      const result = parseWix(answer, await backend.apiKeyStatus(), 'check the API key');
      if (!result.ok) throw new WixError('server', result.error.message);
      return result.value;
    },
  };
}
