import type { EmulatedDataItem, SiteState } from './model.js';

/**
 * Wix Data under `consistency: 'eventual'`: a read that does not ask for `consistentRead` may not see a
 * write made in the last `consistencyLagMs` (real time, not the emulator's clock). Each write keeps the
 * item as it was before (`stale`) until then; such a read sees that, or nothing for an item just inserted.
 */
export function remember(state: SiteState, item: EmulatedDataItem, before: Record<string, unknown> | null): void {
  const { consistency, consistencyLagMs } = state.readings;
  if (consistency !== 'eventual' || consistencyLagMs === 0) return;
  const until = Date.now() + consistencyLagMs;
  // A write on top of one not yet settled: the older version stays what a lagging read sees.
  item.stale = item.stale && item.stale.until > Date.now() ? { data: item.stale.data, until } : { data: before, until };
}

/** The items as this read sees them: all current when it asked for `consistentRead`, else possibly lagging. */
export function asRead(items: readonly EmulatedDataItem[], consistentRead: boolean): EmulatedDataItem[] {
  if (consistentRead) return [...items];
  const now = Date.now();
  return items.flatMap((item) => {
    if (!item.stale || item.stale.until <= now) return [item];
    return item.stale.data ? [{ ...item, data: item.stale.data }] : [];
  });
}
