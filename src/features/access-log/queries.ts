import { logEntrySchema } from '../../access/access-log';
import type { OperationContext } from '../../operations/log';
import { reconcileLog } from '../../operations/reconcile';
import { siteKeys } from '../../operations/site-queries';
import { COLLECTIONS } from '../../wix/collections';

/** Keys of the access log job; under `siteKeys.accessLog`, so every change to access refreshes them. */
export const accessLogKeys = {
  reconciled: [...siteKeys.accessLog, 'reconciled'] as const,
};

/**
 * The access log as the tab shows it: read, then reconciled (stale pending entries closed against
 * Wix, accepted invites logged). Filtering and paging happen on the loaded entries.
 */
export function reconciledLogQuery(context: OperationContext) {
  return {
    queryKey: accessLogKeys.reconciled,
    queryFn: async () => {
      const entries = await context.gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { orderBy: { field: 'at', direction: 'desc' } });
      return reconcileLog(context, entries);
    },
  };
}
