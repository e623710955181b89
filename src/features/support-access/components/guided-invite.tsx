import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { Grant } from '../../../access/support-pass';
import { useServices } from '../../../app/app-context';
import { ticketReply } from '../../../operations/support-passes';
import { useCopyText } from '../../../ui/use-copy-text';
import { WIX_PAGES } from '../../../wix/dashboard-port';

interface Props {
  grant: Grant;
  busy: boolean;
  onSent(): void;
  onClose(): void;
}

function CopyRow({ label, value, onCopy }: { label: string; value: string; onCopy(): void }) {
  return (
    <Box gap="SP2" verticalAlign="middle">
      <Box width="60px" flexShrink={0}><Text size="small" secondary>{label}</Text></Box>
      <Text size="small" weight="bold">{value}</Text>
      <Button size="tiny" priority="secondary" onClick={onCopy} aria-label={`Copy ${label.toLowerCase()}`}>Copy</Button>
    </Box>
  );
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
        {grant.failure && <Text size="small" skin="error">{grant.failure}</Text>}
        <Text size="small">
          {grant.reminderTaskId
            ? 'The pass and its reminder are saved. '
            : 'The pass is saved; its reminder could not be created yet (Site Access adds it when the page next opens). '}
          Send the invite in Wix with these details; Site Access sees when they join and starts the pass then.
        </Text>
        <CopyRow label="Email" value={grant.email} onCopy={() => copyText(grant.email, 'Email copied.')} />
        <CopyRow label="Role" value={grant.roleTitle} onCopy={() => copyText(grant.roleTitle, 'Role copied.')} />
        <Text size="small">Reply to the vendor in the ticket:</Text>
        <Box padding="SP2" backgroundColor="D80" borderRadius="4px">
          <Text size="small" dataHook="ticket-reply">{reply}</Text>
        </Box>
        <Box gap="SP2">
          <Button size="small" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>Open Roles & Permissions</Button>
          <Button size="small" priority="secondary" onClick={onSent} disabled={busy}>I sent the invite</Button>
          <Button size="small" priority="secondary" onClick={() => copyText(reply, 'Copied. Paste it into the support ticket.')}>Copy reply</Button>
          <Button size="small" priority="secondary" onClick={onClose}>Close</Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
