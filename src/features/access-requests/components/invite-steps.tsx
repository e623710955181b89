import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { RequestView } from '../../../access/requests/request-view';
import { useServices } from '../../../page/services';
import { CopyRow } from '../../../page/copy-row';
import { WIX_PAGES } from '../../../wix/dashboard-port';

interface Props {
  view: RequestView;
  busy: boolean;
  onSent(): void;
  onClose(): void;
}

/**
 * Guided invite for approved access: Wix lets only an account API key send invites, so the owner sends it
 * in Roles & Permissions and says so here. Site Access sees when the person joins.
 */
export function InviteSteps({ view, busy, onSent, onClose }: Props) {
  const { dashboard } = useServices();
  const { request } = view;
  const what = view.needsInvite === 'pass' ? 'The support pass and its reminder are saved.' : 'The approval is saved.';
  return (
    <SectionHelper skin="standard" title={`Now invite ${request.email} in Roles & Permissions`}>
      <Box direction="vertical" gap="SP2">
        <Text size="small">{`${what} Send the invite in Wix with these details; Site Access sees when they join.`}</Text>
        <CopyRow label="Email" value={request.email} />
        <CopyRow label="Role" value={request.roleTitle} />
        <Box gap="SP2">
          <Button size="small" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
            Open Roles & Permissions
          </Button>
          <Button size="small" priority="secondary" onClick={onSent} disabled={busy}>
            I sent the invite
          </Button>
          <Button size="small" priority="secondary" onClick={onClose}>
            Close
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
