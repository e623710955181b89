import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Box, Button, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { plural } from '../../../access/format';
import { isFiltered, LOG_PAGE_SIZE, NO_FILTER, type LogFilter } from '../../../access/log-view';
import { useOperationContext } from '../../../page/services';
import { EmptyCard } from '../../../ui/empty-card';
import { LoadError } from '../../../page/load-error';
import { logPageQuery, reconciledLogQuery } from '../queries';
import { useDebounced } from '../use-debounced';
import { useLogExport } from '../use-log-export';
import { useVerifyLog } from '../use-verify-log';
import { ExportCsvButton, ExportProgressBar } from './export-csv-button';
import { LogFilters } from './log-filters';
import { LogPagination } from './log-pagination';
import { LogTable } from './log-table';
import { ReconciliationNotice } from './reconciliation-notice';
import { VerifyLogResult } from './verify-log-result';

const loading = (
  <Card>
    <Box align="center" padding="SP10">
      <Loader size="medium" text="Loading the access log…" />
    </Box>
  </Card>
);

function subtitle(total: number | null, filtered: boolean): string {
  const count =
    total === null
      ? 'More entries than Wix counts.'
      : `${plural(total, filtered ? 'matching entry' : 'entry', filtered ? 'matching entries' : 'entries')}.`;
  return `${count} Never edited: outcomes are added, and each entry is chained to the last by its hash.`;
}

/**
 * Every change Site Access made to who can get into the site, newest first. Wix filters, sorts,
 * counts and pages the log: each page is one query of 20 entries, after the log is reconciled.
 */
export function AccessLogTab() {
  const context = useOperationContext();
  const reconciled = useQuery(reconciledLogQuery(context, useQueryClient()));
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  const applied = useDebounced(filter, 250);
  const shown = useQuery({
    ...logPageQuery(context, applied, page, reconciled.dataUpdatedAt),
    enabled: reconciled.isSuccess,
    keepPreviousData: true,
  });
  const exporter = useLogExport();
  const verifier = useVerifyLog();
  if (reconciled.isError) return <LoadError error={reconciled.error} onRetry={() => reconciled.refetch()} />;
  if (shown.isError) return <LoadError error={shown.error} onRetry={() => shown.refetch()} />;
  if (reconciled.isLoading || shown.isLoading) return loading;
  // While the next page loads, the last one stays, numbered as it was.
  const { items, total, hasNext, page: shownPage } = shown.data;
  const filtered = isFiltered(applied);
  const changeFilter = (next: LogFilter) => {
    setFilter(next);
    setPage(1);
  };
  const nothingLogged = !filtered && !isFiltered(filter) && shownPage === 1 && items.length === 0;
  return (
    <>
      <ReconciliationNotice result={reconciled.data} />
      <Card>
        <Card.Header
          title="Access log"
          subtitle={subtitle(total, filtered)}
          suffix={
            <Box gap="SP2">
              <Button size="small" priority="secondary" disabled={verifier.isLoading} onClick={() => verifier.mutate()}>
                {verifier.isLoading ? 'Verifying…' : 'Verify log'}
              </Button>
              <ExportCsvButton disabled={items.length === 0 || exporter.progress !== null} onExport={() => exporter.start(applied)} />
            </Box>
          }
        />
        {(verifier.data || verifier.error) && <VerifyLogResult check={verifier.data} error={verifier.error} onClose={verifier.reset} />}
        {exporter.progress && <ExportProgressBar progress={exporter.progress} onCancel={exporter.cancel} />}
        <Card.Divider />
        {nothingLogged ? (
          <EmptyCard title="Nothing logged yet">
            Invites, removals, role changes and review decisions made in Site Access are recorded here.
          </EmptyCard>
        ) : (
          <>
            <LogFilters filter={filter} onChange={changeFilter} />
            {items.length === 0 && shownPage === 1 ? (
              <EmptyCard title="No entries match these filters">Change or clear the filters to see more of the log.</EmptyCard>
            ) : (
              <>
                <LogTable entries={items} />
                <LogPagination
                  page={shownPage}
                  total={total}
                  pageSize={LOG_PAGE_SIZE}
                  hasNext={hasNext}
                  shown={items.length}
                  onPage={setPage}
                />
              </>
            )}
          </>
        )}
      </Card>
    </>
  );
}
