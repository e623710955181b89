import { z } from '../../../access/zod';
import type { ConfirmRequest } from '../../../wix/dashboard-port';

/** The confirmation modal's params as the page sends them (`ConfirmRequest`), checked: a modal may be opened with anything. */
export const confirmRequestSchema = z.object({
  title: z.string(),
  message: z.string(),
  confirmLabel: z.string(),
  destructive: z._default(z.boolean(), false),
}) satisfies z.ZodMiniType<unknown, ConfirmRequest>;
