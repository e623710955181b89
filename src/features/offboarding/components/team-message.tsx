import { Box, Button, FormField, InputArea } from '@wix/design-system';
import type { Offboarding } from '../../../access/offboarding';
import { teamMessage } from '../../../access/offboarding-summary';
import { useCopyText } from '../../../page/use-copy-text';

/** The message to send the team, as plain text to read and copy. */
export function TeamMessage({ record }: { record: Offboarding }) {
  const copyText = useCopyText();
  const message = teamMessage(record);
  const copy = () => copyText(message, 'Message copied. Paste it to your team.');
  return (
    <Box direction="vertical" gap="SP2">
      <FormField id="offboarding-team-message" label="Message for the team">
        <InputArea id="offboarding-team-message" value={message} readOnly rows={12} />
      </FormField>
      <Box>
        <Button onClick={copy}>Copy message</Button>
      </Box>
    </Box>
  );
}
