import { Box, Button, LinearProgressBar, Text } from '@wix/design-system';
import type { ExportProgress } from '../use-log-export';

/** Exports the filtered view as CSV: the copy of the log the guide says to keep off the site. */
export function ExportCsvButton({ disabled, onExport }: { disabled: boolean; onExport: () => void }) {
  return (
    <Button size="small" priority="secondary" disabled={disabled} onClick={onExport}>
      Export CSV
    </Button>
  );
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Exporting 2,000 of 2,500…" with a progress bar and Cancel, while the export reads the log. */
export function ExportProgressBar({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { done, total } = progress;
  const text = total === null ? `Exporting ${count(done)} entries…` : `Exporting ${count(done)} of ${count(total)}…`;
  const percent = total ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <Box direction="vertical" gap="SP1" padding="SP3 SP4">
      <Box align="space-between" verticalAlign="middle" gap="SP3">
        <Text size="small" role="status">
          {text}
        </Text>
        <Button size="small" priority="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </Box>
      <LinearProgressBar value={percent} aria-label="Export progress" />
    </Box>
  );
}
