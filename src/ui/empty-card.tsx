import { Box, Text } from '@wix/design-system';

/**
 * An empty state inside a card. WDS's EmptyState subtitle grey fails WCAG AA contrast on white,
 * so this uses Text's accessible secondary colour instead.
 */
export function EmptyCard({ title, children }: { title: string; children: string }) {
  return (
    <Box direction="vertical" align="center" gap="SP1" padding="SP8">
      <Text weight="bold">{title}</Text>
      <Text size="small" secondary>
        {children}
      </Text>
    </Box>
  );
}
