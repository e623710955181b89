import { useEffect, useRef, useState } from 'react';
import { formatDate, plural } from '../../access/format';
import { remindNextLogCopy } from '../../operations/log-copy-reminder';
import { accessLogCsvHeader, accessLogCsvLines, accessLogFileName, accessLogHeadLine, LOG_CSV_LINE_BREAK } from '../../access/log-csv';
import { isFiltered, type LogFilter } from '../../access/log-view';
import { wholeLog } from './chain-pages';
import { useServices } from '../../page/services';
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
 * Exports the log as CSV, reading it page by page (1,000 entries a request) and reporting progress;
 * `cancel` stops before the next request and saves nothing. Unfiltered, it is the whole log in the
 * chain's order (closing entries included) ending with the chain's head: `scripts/verify-log.ts`
 * verifies it offline. Filtered, it is the view as the table shows it, newest first, entries written
 * after the export started left out.
 */
export function useLogExport() {
  const { gateway, clock, dashboard } = useServices();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const stopped = useRef(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
      stopped.current = true;
    },
    [],
  );

  const show = (next: ExportProgress | null) => {
    if (mounted.current) setProgress(next);
  };

  const cancelled = () => {
    if (mounted.current) dashboard.showToast({ message: 'Export cancelled; nothing was saved.', type: 'standard' });
  };
  const save = (count: number, parts: string[], after = '') => {
    const fileName = accessLogFileName(clock());
    downloadFile(fileName, parts.join(LOG_CSV_LINE_BREAK));
    dashboard.showToast({ message: `Exported ${plural(count, 'entry', 'entries')} to ${fileName}.${after}`, type: 'success' });
  };
  /** A full export sets the reminder for the next copy; a failure to set it does not spoil the export. */
  const nextCopyReminder = async (headHash: string | null) => {
    try {
      const task = await remindNextLogCopy({ gateway, clock }, headHash);
      return ` Next copy reminded in Tasks & Reminders on ${task.dueDate ? formatDate(task.dueDate) : 'its due date'}.`;
    } catch (error) {
      return ` The monthly reminder could not be set: ${(error as Error).message}`;
    }
  };

  const start = async (filter: LogFilter) => {
    stopped.current = false;
    const startedAt = clock();
    const parts = [accessLogCsvHeader()];
    let current: ExportProgress = { done: 0, total: null };
    show(current);
    try {
      if (!isFiltered(filter)) {
        // The whole log, in the chain's order, with its head: the copy that can be verified offline.
        let head: { seq: number; hash: string } | null = null;
        for await (const { items, total } of wholeLog(gateway, startedAt)) {
          if (stopped.current) return cancelled();
          const lines = accessLogCsvLines(items);
          if (lines) parts.push(lines);
          for (const e of items) if (e.seq !== undefined && e.hash !== undefined) head = { seq: e.seq, hash: e.hash };
          current = { done: current.done + items.length, total };
          show(current);
        }
        parts.push(accessLogHeadLine(head));
        return save(current.done, parts, await nextCopyReminder(head?.hash ?? null));
      }
      for (let page = 1, more = true; more; page += 1) {
        const result = await readLogPage(gateway, filter, page, { limit: EXPORT_PAGE_SIZE, before: startedAt, withTotal: page === 1 });
        if (stopped.current) return cancelled();
        const lines = accessLogCsvLines(result.items);
        if (lines) parts.push(lines);
        current = { done: current.done + result.items.length, total: page === 1 ? result.total : current.total };
        show(current);
        more = result.hasNext && result.items.length > 0;
      }
      save(current.done, parts);
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
