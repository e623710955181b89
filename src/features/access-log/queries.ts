import type { QueryClient } from '@tanstack/react-query';
import type { LogFilter } from '../../access/log-view';
import type { OperationContext } from '../../operations/log';
import { reconcileOnOpen } from '../../operations/reconcile';
import { invitesQuery, peopleQuery, siteKeys } from '../../page/site-queries';
import { readLogPage } from './log-query';

/** The invite records and people the page read this recently are good enough to spot acceptances with. */
const RECENT_MS = 30_000;

/**
 * Keys of the access log job. Reconciliation is under `siteKeys.accessLog`, so every change to access
 * runs it again; a page's key carries when reconciliation last finished, so pages follow it.
 */
export const accessLogKeys = {
  reconciled: [...siteKeys.accessLog, 'reconciled'] as const,
  page: (filter: LogFilter, page: number, reconciledAt: number) => ['access-log-page', filter, page, reconciledAt] as const,
};

/**
 * Reconciliation when the log is opened (stale pending entries closed against Wix, accepted invites
 * logged), reading only the entries that need it.
 */
export function reconciledLogQuery(context: OperationContext, queryClient: QueryClient) {
  return {
    queryKey: accessLogKeys.reconciled,
    queryFn: () =>
      reconcileOnOpen(
        context,
        () => queryClient.fetchQuery({ ...invitesQuery(context.gateway), staleTime: RECENT_MS }),
        () => queryClient.fetchQuery({ ...peopleQuery(context.gateway), staleTime: RECENT_MS }),
      ),
  };
}

/** One page of the filtered log (20 entries), with Wix's count of the matches. */
export function logPageQuery(context: OperationContext, filter: LogFilter, page: number, reconciledAt: number) {
  return {
    queryKey: accessLogKeys.page(filter, page, reconciledAt),
    queryFn: async () => ({ ...(await readLogPage(context.gateway, filter, page)), page }),
  };
}
