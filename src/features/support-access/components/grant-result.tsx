import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { Grant } from '../../../access/support-pass';
import { isAdopted, ticketReply } from '../../../access/support-pass';
import { useCopyText } from '../../../page/use-copy-text';

/** The invite went out: the text to paste back into the support ticket. */
export function GrantResult({ grant, onClose }: { grant: Grant; onClose(): void }) {
  const copyText = useCopyText();
  const reply = ticketReply(grant);
  const copy = () => copyText(reply, 'Copied. Paste it into the support ticket.');
  return (
    <SectionHelper
      skin="success"
      title={`${grant.vendorName || grant.email} ${isAdopted(grant) ? 'now has a support pass' : 'is invited'}`}
    >
      <Box direction="vertical" gap="SP2">
        <Text size="small">Reply to the vendor in the ticket:</Text>
        <Box padding="SP2" backgroundColor="D80" borderRadius="4px">
          <Text size="small" dataHook="ticket-reply">
            {reply}
          </Text>
        </Box>
        {!grant.reminderTaskId && (
          <Text size="small">
            The reminder could not be created in Tasks & Reminders yet; Site Access adds it the next time this page opens.
          </Text>
        )}
        <Box gap="SP2">
          <Button size="small" priority="secondary" onClick={copy}>
            Copy reply
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            Done
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
