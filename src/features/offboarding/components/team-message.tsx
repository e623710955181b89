import { Box, Button, FormField, InputArea } from '@wix/design-system';
import type { Offboarding } from '../../../access/offboarding';
import { teamMessage } from '../../../access/offboarding-summary';
import { useServices } from '../../../app/app-context';

/** The message to send the team, as plain text to read and copy. */
export function TeamMessage({ record }: { record: Offboarding }) {
  const { dashboard } = useServices();
  const message = teamMessage(record);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      dashboard.showToast({ message: 'Message copied. Paste it to your team.', type: 'success' });
    } catch {
      dashboard.showToast({ message: "Couldn't copy the message: select the text and copy it yourself.", type: 'error' });
    }
  };
  return (
    <Box direction="vertical" gap="SP2">
      <FormField id="offboarding-team-message" label="Message for the team">
        <InputArea id="offboarding-team-message" value={message} readOnly rows={12} />
      </FormField>
      <Box><Button onClick={copy}>Copy message</Button></Box>
    </Box>
  );
}
