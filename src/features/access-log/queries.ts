import { logEntrySchema } from '../../access/access-log';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

export const accessLogKeys = {
  all: ['access-log'] as const,
};

export function accessLogQuery(gateway: Gateway) {
  return {
    queryKey: accessLogKeys.all,
    queryFn: () => gateway.records.list(COLLECTIONS.accessLog, logEntrySchema, { orderBy: { field: 'at', direction: 'desc' } }),
  };
}
