import { Text } from '@wix/design-system';

interface Props {
  text: string;
  lines?: number;
  secondary?: boolean;
}

/**
 * Long text (a detail, a reason, a list) at the table's text size, cut after a few lines so rows
 * stay short; the whole text is in the title, shown on hover and read by screen readers.
 */
export function ClampedText({ text, lines = 2, secondary = false }: Props) {
  if (!text) return <Text size="small">—</Text>;
  return (
    <div title={text}>
      <Text size="small" secondary={secondary} ellipsis maxLines={lines} showTooltip={false}>
        {text}
      </Text>
    </div>
  );
}
