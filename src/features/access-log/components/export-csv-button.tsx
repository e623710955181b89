import { Button } from '@wix/design-system';
import type { LogEntry } from '../../../access/access-log';
import { plural } from '../../../access/format';
import { accessLogCsv, accessLogFileName } from '../../../access/log-csv';
import { useServices } from '../../../app/app-context';
import { downloadFile } from '../download-file';

/** Exports the filtered view as CSV: the copy of the log the guide says to keep off the site. */
export function ExportCsvButton({ entries }: { entries: LogEntry[] }) {
  const { clock, dashboard } = useServices();
  const exportCsv = () => {
    const fileName = accessLogFileName(clock());
    try {
      downloadFile(fileName, accessLogCsv(entries));
      dashboard.showToast({ message: `Exported ${plural(entries.length, 'entry', 'entries')} to ${fileName}.`, type: 'success' });
    } catch (error) {
      dashboard.showToast({ message: `Couldn't export the access log: ${(error as Error).message}`, type: 'error' });
    }
  };
  return (
    <Button size="small" priority="secondary" disabled={entries.length === 0} onClick={exportCsv}>
      Export CSV
    </Button>
  );
}
