import { Box, Button, Text, TextButton } from '@wix/design-system';
import { plural } from '../../../access/format';

/** Actions for the selected rows: keep them all, or remove / cancel them with one reason. */
export function BulkBar({
  count,
  onKeep,
  onRemove,
  onClear,
}: {
  count: number;
  onKeep?: () => void;
  onRemove: () => void;
  onClear: () => void;
}) {
  return (
    <div role="region" aria-label="Selected rows">
      <Box gap="SP3" verticalAlign="middle" padding="SP3" backgroundColor="B50">
        <Text size="small" weight="bold">
          {plural(count, 'row')} selected
        </Text>
        {onKeep && (
          <Button size="small" onClick={onKeep}>
            Keep selected
          </Button>
        )}
        <Button size="small" priority="secondary" skin="destructive" onClick={onRemove}>
          Remove or cancel selected…
        </Button>
        <TextButton size="small" onClick={onClear}>
          Clear selection
        </TextButton>
      </Box>
    </div>
  );
}
