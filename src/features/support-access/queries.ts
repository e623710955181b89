import { vendorSchema } from '../../access/vendors';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

export const supportKeys = {
  vendors: ['support', 'vendors'] as const,
};

/** The owner's own vendors (POWR is built in and not stored). */
export function vendorsQuery(gateway: Gateway) {
  return {
    queryKey: supportKeys.vendors,
    queryFn: () => gateway.records.list(COLLECTIONS.vendors, vendorSchema, { orderBy: { field: 'name', direction: 'asc' } }),
  };
}
