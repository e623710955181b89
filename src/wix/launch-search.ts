import { dashboard } from '@wix/dashboard';
import { useEffect, useState } from 'react';
import { z } from '../access/zod';

const pageParams = z.looseObject({ location: z.optional(z.looseObject({ search: z.optional(z.string()) })) });

/**
 * The query string the dashboard page was opened with (a vendor's request link lives there), read the
 * documented way: `observeState`'s `componentParams.location.search`. Null until Wix has answered.
 */
export function useLaunchSearch(): string | null {
  const [search, setSearch] = useState<string | null>(null);
  useEffect(() => {
    const { disconnect } = dashboard.observeState((componentParams) => {
      const parsed = pageParams.safeParse(componentParams);
      setSearch((current) => current ?? (parsed.success ? (parsed.data.location?.search ?? '') : ''));
    });
    return disconnect;
  }, []);
  return search;
}
