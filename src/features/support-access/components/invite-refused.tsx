import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { Grant } from '../../../access/support-pass';
import { useServices } from '../../../page/services';
import { WIX_PAGES } from '../../../wix/dashboard-port';

interface Props {
  grant: Grant;
  message: string;
  permission: boolean;
  busy: boolean;
  onSentManually(): void;
  onRetry(): void;
  onClose(): void;
}

/** Wix did not send the invite. With a missing permission the owner can send it in Wix and keep the tracking. */
export function InviteRefused({ grant, message, permission, busy, onSentManually, onRetry, onClose }: Props) {
  const { dashboard } = useServices();
  return (
    <SectionHelper skin="danger" title={`The invite to ${grant.email} was not sent`}>
      <Box direction="vertical" gap="SP2">
        <Text size="small">{message}</Text>
        {permission && (
          <Text size="small">
            {`You can invite ${grant.email} as ${grant.roleTitle} yourself in Roles & Permissions. Then tell Site Access, and it will still remind you and revoke it on time.`}
          </Text>
        )}
        <Box gap="SP2">
          {permission && (
            <>
              <Button size="small" priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
                Open Roles & Permissions
              </Button>
              <Button size="small" onClick={onSentManually} disabled={busy}>
                I sent the invite myself
              </Button>
            </>
          )}
          <Button size="small" priority="secondary" onClick={onRetry} disabled={busy}>
            Try again
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            Close
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
