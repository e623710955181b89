import { z } from './zod';
import { DEFAULT_PASS_DAYS, MAX_PASS_DAYS } from './support-pass';

/** A vendor that asks for support access: who to invite, as what, for how long by default. */
export const vendorSchema = z.object({
  _id: z.string(),
  name: z.string(),
  email: z.string(),
  roleTitle: z.string(),
  defaultDays: z._default(z.int().check(z.gte(1), z.lte(MAX_PASS_DAYS)), DEFAULT_PASS_DAYS),
  defaultReason: z._default(z.string(), ''),
});
export type Vendor = z.infer<typeof vendorSchema>;

/** Built in: POWR asks owners to invite support@powr.io as Website Manager and remove it afterwards. */
export const BUILT_IN_VENDORS: readonly Vendor[] = [
  {
    _id: 'built-in-powr',
    name: 'POWR',
    email: 'support@powr.io',
    roleTitle: 'Website Manager',
    defaultDays: DEFAULT_PASS_DAYS,
    defaultReason: 'POWR support needs to investigate an issue with their app on this site.',
  },
];

export const isBuiltIn = (vendor: Vendor) => vendor._id.startsWith('built-in-');
