import { useEffect, useRef } from 'react';
import type { Grant } from '../../access/support-pass';
import type { SiteSnapshot } from '../../operations/support-passes';
import { useOperationContext } from '../../app/app-context';
import { repairPasses } from '../../operations/repair-passes';
import { useRefreshSupport } from './use-refresh-support';

/** Once per page load: complete what an interrupted grant left undone (missing reminder, unconfirmed invite). */
export function useRepairPasses(grants: readonly Grant[] | undefined, site: SiteSnapshot) {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  const done = useRef(false);
  useEffect(() => {
    if (!grants || done.current) return;
    done.current = true;
    repairPasses(context, grants, site)
      .then((repaired) => (repaired > 0 ? refresh() : undefined))
      .catch(() => undefined); // A failed repair is retried on the next load; nothing is lost.
  }, [grants, site, context, refresh]);
}
