import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { formatDate, plural } from '../../../access/format';
import type { InviteRecord } from '../../../access/invite-records';
import type { Offboarding } from '../../../access/offboarding';
import { useServices } from '../../../page/services';
import { useConnected } from '../../../page/use-connection';
import { useCopyText } from '../../../page/use-copy-text';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { useCancelledInWix } from '../use-cancelled-in-wix';
import { ActionError } from './action-error';

interface Props {
  record: Offboarding;
  /** The app's records of invites to their email that are still pending. */
  invites: readonly InviteRecord[];
}

/**
 * Guided: Wix lets only an account API key cancel invites, so the owner revokes these in Roles &
 * Permissions and then says so; the app marks its records and logs it as the owner's doing.
 */
export function CancelInvitesInWix({ record, invites }: Props) {
  const { dashboard } = useServices();
  const copyText = useCopyText();
  const confirm = useCancelledInWix();
  const connected = useConnected();
  if (invites.length === 0) return null;
  const email = invites[0]?.email ?? record.email;
  return (
    <SectionHelper skin="warning" title={`Cancel ${plural(invites.length, 'pending invite')} to ${email} in Roles & Permissions`}>
      <Box direction="vertical" gap="SP2">
        <Text size="small">
          {`Site Access knows of ${invites.length === 1 ? 'an invite' : 'invites'} to ${email} that could still be accepted. Wix lets only an account API key cancel invites, and ${connected ? 'Wix refused the connected one' : 'none is connected'}: revoke ${invites.length === 1 ? 'it' : 'them'} in Roles & Permissions, then tell Site Access.`}
        </Text>
        {invites.map((invite) => (
          <Text
            key={invite._id}
            size="small"
          >{`• ${invite.email} as ${invite.roleTitle}, sent ${formatDate(invite.sentAt)}, expires ${formatDate(invite.expiresAt)}`}</Text>
        ))}
        <ActionError title="Couldn't record the cancellation" error={confirm.error} />
        <Box gap="SP2">
          <Button size="small" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
            Open Roles & Permissions
          </Button>
          <Button size="small" priority="secondary" onClick={() => copyText(email, 'Email copied.')} aria-label={`Copy email ${email}`}>
            Copy email
          </Button>
          <Button size="small" priority="secondary" disabled={confirm.isLoading} onClick={() => confirm.mutate({ record, invites })}>
            I cancelled them in Wix
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
