import { useEffect, useRef } from 'react';
import type { Grant } from '../../access/support-pass';
import type { SiteSnapshot } from '../../operations/support-passes';
import { useOperationContext } from '../../page/services';
import { repairPasses } from '../../operations/repair-passes';
import { useRefreshSupport } from './use-refresh-support';

/**
 * On page load and each time Wix's contributors are read again (every 30 s on the Support tab): record
 * vendors who joined, and complete what an interrupted grant left undone (missing reminder, unconfirmed
 * invite). One run at a time, so nothing is logged twice.
 */
export function useRepairPasses(grants: readonly Grant[] | undefined, site: SiteSnapshot) {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  const seen = useRef<SiteSnapshot['people'] | null>(null);
  const running = useRef(false);
  useEffect(() => {
    if (!grants || running.current || seen.current === site.people) return;
    seen.current = site.people;
    running.current = true;
    repairPasses(context, grants, site)
      .then((repaired) => (repaired > 0 ? refresh() : undefined))
      .catch(() => undefined) // A failed repair is retried on the next read; nothing is lost.
      .finally(() => {
        running.current = false;
      });
  }, [grants, site, context, refresh]);
}
