import { inviteRecordSchema } from '../../access/invite-records';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

export const inventoryKeys = {
  all: ['inventory'] as const,
};

/** Everyone with access, the roles catalogue and the invites the app sent: one parallel wave. */
export function inventoryQuery(gateway: Gateway) {
  return {
    queryKey: inventoryKeys.all,
    queryFn: async () => {
      const [people, roles, invites] = await Promise.all([
        gateway.contributors.query(),
        gateway.contributors.roles(),
        gateway.records.list(COLLECTIONS.invites, inviteRecordSchema, { orderBy: { field: 'sentAt', direction: 'desc' } }),
      ]);
      return { people, roles, invites };
    },
  };
}
