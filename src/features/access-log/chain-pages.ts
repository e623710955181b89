import { logEntrySchema, type LogEntry } from '../../access/access-log';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';
import type { Condition } from '../../wix/records';

const CHAINED: Condition = { field: 'seq', op: 'gt', value: 0 };

/**
 * The whole log as the chain wrote it, page by page (1,000 a query): first the entries written before the
 * chain began (oldest first), then the chain in `seq` order by keyset (never `skip`, so page 50 costs what
 * page 1 does). Closing entries are included: they are what an offline check needs.
 */
export async function* wholeLog(gateway: Gateway, before: Date, limit = 1000): AsyncGenerator<{ items: LogEntry[]; total: number | null }> {
  const read = (filter: Condition[], orderBy: { field: string; direction: 'asc' }[], skip = 0, withTotal = false) =>
    gateway.records.page(COLLECTIONS.accessLog, logEntrySchema, { filter, orderBy, limit, skip, withTotal });
  const all = await gateway.records.page(COLLECTIONS.accessLog, logEntrySchema, { limit: 1, withTotal: true });
  const total = all.total;
  for (let skip = 0, more = true; more; skip += limit) {
    const page = await read(
      [{ not: CHAINED }, { field: 'at', op: 'le', value: before }],
      [
        { field: 'at', direction: 'asc' },
        { field: '_id', direction: 'asc' },
      ],
      skip,
    );
    if (page.items.length) yield { items: page.items, total };
    more = page.hasNext && page.items.length > 0;
  }
  let after = 0;
  for (let more = true; more;) {
    const page = await read(
      [{ field: 'seq', op: 'gt', value: after }],
      [
        { field: 'seq', direction: 'asc' },
        { field: '_id', direction: 'asc' },
      ],
    );
    yield { items: page.items, total };
    after = page.items.at(-1)?.seq ?? after;
    more = page.items.length === limit;
  }
}
