import { grantSchema } from '../../access/support-pass';
import { vendorSchema } from '../../access/vendors';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

export const supportKeys = {
  grants: ['support', 'grants'] as const,
  vendors: ['support', 'vendors'] as const,
};

export function grantsQuery(gateway: Gateway) {
  return {
    queryKey: supportKeys.grants,
    queryFn: () => gateway.records.list(COLLECTIONS.grants, grantSchema, { orderBy: { field: 'createdAt', direction: 'desc' } }),
  };
}

/** The owner's own vendors (POWR is built in and not stored). */
export function vendorsQuery(gateway: Gateway) {
  return {
    queryKey: supportKeys.vendors,
    queryFn: () => gateway.records.list(COLLECTIONS.vendors, vendorSchema, { orderBy: { field: 'name', direction: 'asc' } }),
  };
}
