import { z } from 'zod';
import { accessRequestSchema } from '../../access/requests/access-request';
import { grantSchema } from '../../access/support-pass';

/** What the request web methods answer, parsed on the page. */
export const submittedSchema = z.object({ request: accessRequestSchema, ownerTask: z.boolean() });
export const provisionedSchema = z.object({ request: accessRequestSchema, grant: z.optional(grantSchema) });
export type ProvisionedResult = z.infer<typeof provisionedSchema>;
