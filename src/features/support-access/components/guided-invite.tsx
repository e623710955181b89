import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { Grant } from '../../../access/support-pass';
import { useServices } from '../../../page/services';
import { ticketReply } from '../../../access/support-pass';
import { CopyRow } from '../../../page/copy-row';
import { useCopyText } from '../../../page/use-copy-text';
import { WIX_PAGES } from '../../../wix/dashboard-port';

interface Props {
  grant: Grant;
  busy: boolean;
  onSent(): void;
  onClose(): void;
}

/**
 * Guided invite: Wix lets only an account API key send invites, so the owner sends it in Roles &
 * Permissions. The pass turns active by itself when the vendor appears among the contributors.
 */
export function GuidedInvite({ grant, busy, onSent, onClose }: Props) {
  const { dashboard } = useServices();
  const copyText = useCopyText();
  const reply = ticketReply(grant);
  return (
    <SectionHelper skin="standard" title={`Now invite ${grant.vendorName || grant.email} in Roles & Permissions`}>
      <Box direction="vertical" gap="SP2">
        {grant.failure && (
          <Text size="small" skin="error">
            {grant.failure}
          </Text>
        )}
        <Text size="small">
          {grant.reminderTaskId
            ? 'The pass and its reminder are saved. '
            : 'The pass is saved; its reminder could not be created yet (Site Access adds it when the page next opens). '}
          Send the invite in Wix with these details; Site Access sees when they join and starts the pass then.
        </Text>
        <CopyRow label="Email" value={grant.email} />
        <CopyRow label="Role" value={grant.roleTitle} />
        <Text size="small">Reply to the vendor in the ticket:</Text>
        <Box padding="SP2" backgroundColor="D80" borderRadius="4px">
          <Text size="small" dataHook="ticket-reply">
            {reply}
          </Text>
        </Box>
        <Box gap="SP2">
          <Button size="small" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
            Open Roles & Permissions
          </Button>
          <Button size="small" priority="secondary" onClick={onSent} disabled={busy}>
            I sent the invite
          </Button>
          <Button size="small" priority="secondary" onClick={() => copyText(reply, 'Copied. Paste it into the support ticket.')}>
            Copy reply
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            Close
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
