import { useEffect, useRef, useState } from 'react';
import { plural } from '../../access/format';
import { accessLogCsvHeader, accessLogCsvLines, accessLogFileName, LOG_CSV_LINE_BREAK } from '../../access/log-csv';
import type { LogFilter } from '../../access/log-view';
import { useServices } from '../../app/app-context';
import { downloadFile } from './download-file';
import { readLogPage } from './log-query';

/** Entries per request while exporting (Wix's largest page). */
export const EXPORT_PAGE_SIZE = 1000;

export interface ExportProgress {
  done: number;
  /** Wix's count of the entries to export; null when Wix did not count them. */
  total: number | null;
}

/**
 * Exports the filtered log as CSV, reading it page by page (1,000 entries a request) and reporting
 * progress; `cancel` stops before the next request and saves nothing. Entries written after the
 * export started are left out, so the pages stay put while it runs.
 */
export function useLogExport() {
  const { gateway, clock, dashboard } = useServices();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const stopped = useRef(false);
  const mounted = useRef(true);
  useEffect(() => () => {
    mounted.current = false;
    stopped.current = true;
  }, []);

  const show = (next: ExportProgress | null) => {
    if (mounted.current) setProgress(next);
  };

  const start = async (filter: LogFilter) => {
    stopped.current = false;
    const startedAt = clock();
    const parts = [accessLogCsvHeader()];
    let current: ExportProgress = { done: 0, total: null };
    show(current);
    try {
      for (let page = 1, more = true; more; page += 1) {
        const result = await readLogPage(gateway, filter, page, { limit: EXPORT_PAGE_SIZE, before: startedAt, withTotal: page === 1 });
        if (stopped.current) {
          if (mounted.current) dashboard.showToast({ message: 'Export cancelled; nothing was saved.', type: 'standard' });
          return;
        }
        const lines = accessLogCsvLines(result.items);
        if (lines) parts.push(lines);
        current = { done: current.done + result.items.length, total: page === 1 ? result.total : current.total };
        show(current);
        more = result.hasNext && result.items.length > 0;
      }
      const fileName = accessLogFileName(clock());
      downloadFile(fileName, parts.join(LOG_CSV_LINE_BREAK));
      dashboard.showToast({ message: `Exported ${plural(current.done, 'entry', 'entries')} to ${fileName}.`, type: 'success' });
    } catch (error) {
      dashboard.showToast({ message: `Couldn't export the access log: ${(error as Error).message}`, type: 'error' });
    } finally {
      show(null);
    }
  };

  const cancel = () => {
    stopped.current = true;
  };
  return { progress, start, cancel };
}
