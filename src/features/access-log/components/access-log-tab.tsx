import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { plural } from '../../../access/format';
import { filterLog, LOG_PAGE_SIZE, logPage, NO_FILTER, type LogFilter } from '../../../access/log-view';
import { useOperationContext } from '../../../app/app-context';
import { EmptyCard } from '../../../ui/empty-card';
import { LoadError } from '../../../ui/load-error';
import { reconciledLogQuery } from '../queries';
import { ExportCsvButton } from './export-csv-button';
import { LogFilters } from './log-filters';
import { LogPagination } from './log-pagination';
import { LogTable } from './log-table';
import { ReconciliationNotice } from './reconciliation-notice';

/** Every change Site Access made to who can get into the site, newest first, filtered and paged. */
export function AccessLogTab() {
  const log = useQuery(reconciledLogQuery(useOperationContext()));
  const [filter, setFilter] = useState<LogFilter>(NO_FILTER);
  const [page, setPage] = useState(1);
  if (log.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10"><Loader size="medium" text="Loading the access log…" /></Box>
      </Card>
    );
  }
  if (log.isError) return <LoadError error={log.error} onRetry={() => log.refetch()} />;
  const all = log.data.entries;
  const matching = filterLog(all, filter);
  const shown = logPage(matching, page);
  const changeFilter = (next: LogFilter) => {
    setFilter(next);
    setPage(1);
  };
  return (
    <>
      <ReconciliationNotice result={log.data} />
      <Card>
        <Card.Header
          title="Access log"
          subtitle={`${plural(all.length, 'entry', 'entries')}. Entries are never edited; only a pending outcome is closed.`}
          suffix={<ExportCsvButton entries={matching} />}
        />
        <Card.Divider />
        {all.length === 0 ? (
          <EmptyCard title="Nothing logged yet">Invites, removals, role changes and review decisions made in Site Access are recorded here.</EmptyCard>
        ) : (
          <>
            <LogFilters filter={filter} onChange={changeFilter} />
            {matching.length === 0 ? (
              <EmptyCard title="No entries match these filters">Change or clear the filters to see more of the log.</EmptyCard>
            ) : (
              <>
                <LogTable entries={shown.items} />
                <LogPagination page={shown.page} pages={shown.pages} total={matching.length} pageSize={LOG_PAGE_SIZE} onPage={setPage} />
              </>
            )}
          </>
        )}
      </Card>
    </>
  );
}
