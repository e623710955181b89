import { Text } from '@wix/design-system';

/**
 * Long text (a detail, a reason) at the table's text size, cut after a few lines so rows stay
 * short; the whole text is in the title, shown on hover and read by screen readers.
 */
export function ClampedText({ text, lines = 2 }: { text: string; lines?: number }) {
  if (!text) return <Text size="small">—</Text>;
  return (
    <div title={text}>
      <Text size="small" ellipsis maxLines={lines} showTooltip={false}>{text}</Text>
    </div>
  );
}
