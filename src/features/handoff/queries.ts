import { handoffSchema } from '../../access/handoff';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

export const handoffKeys = {
  all: ['handoffs'] as const,
  list: () => [...handoffKeys.all, 'list'] as const,
};

/** Every handoff on this site, newest first (one per ownership transfer). */
export function handoffsQuery(gateway: Gateway) {
  return {
    queryKey: handoffKeys.list(),
    queryFn: () => gateway.records.list(COLLECTIONS.handoffs, handoffSchema, { orderBy: { field: 'startedAt', direction: 'desc' } }),
  };
}
