import { Box, Button, Text } from '@wix/design-system';
import { useCopyText } from './use-copy-text';

/** A detail the owner types into Wix's Roles & Permissions, with a Copy button. */
export function CopyRow({ label, value }: { label: string; value: string }) {
  const copyText = useCopyText();
  return (
    <Box gap="SP2" verticalAlign="middle">
      <Box width="60px" flexShrink={0}>
        <Text size="small" secondary>
          {label}
        </Text>
      </Box>
      <Text size="small" weight="bold">
        {value}
      </Text>
      <Button
        size="tiny"
        priority="secondary"
        onClick={() => copyText(value, `${label} copied.`)}
        aria-label={`Copy ${label.toLowerCase()}`}
      >
        Copy
      </Button>
    </Box>
  );
}
