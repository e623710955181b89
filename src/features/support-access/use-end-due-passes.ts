import { useEffect, useRef } from 'react';
import type { PassView } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { useRefreshSupport } from './use-refresh-support';

/**
 * Once per page open: if a pass set to end by itself is due (its Task Overdue event was missed, or the
 * removal failed then), the backend ends it now, as the app. Its failure stays on the pass.
 */
export function useEndDuePasses(due: readonly PassView[]) {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current || !due.some((view) => view.grant.autoEnd)) return;
    asked.current = true;
    backend
      .endDuePasses()
      .then((answer) => (answer.ok && answer.value > 0 ? refresh() : undefined))
      .catch(() => undefined); // The passes stay due in the banner, one click from Revoke.
  }, [due, backend, refresh]);
}
