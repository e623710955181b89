import { Box, Button, Card, FormField, Input, Text } from '@wix/design-system';
import { useCallback, useEffect, useState } from 'react';
import type { EmulatorControl, StandInInvite } from './emulator-control';

interface Site {
  invites: StandInInvite[];
  roles: { id: string; title: string }[];
}

/**
 * Local mode's stand-in for Wix's Roles & Permissions page: the tester sends, resends or cancels an
 * invite as the owner would in Wix. It acts on the emulator through its control API, never through the app.
 */
export function RolesPermissionsStandIn({ control, onClose }: { control: EmulatorControl; onClose(): void }) {
  const [site, setSite] = useState<Site | null>(null);
  const [email, setEmail] = useState('');
  const [roleId, setRoleId] = useState('');
  const [message, setMessage] = useState('');
  const load = useCallback(() => control.site().then(setSite, (error: Error) => setMessage(error.message)), [control]);
  useEffect(() => void load(), [load]);
  const act = (work: Promise<unknown>, done: string) =>
    work.then(
      () => {
        setMessage(done);
        return load();
      },
      (error: Error) => setMessage(error.message),
    );
  const roles = site?.roles.filter((r) => r.title !== 'Owner') ?? [];
  const pending = site?.invites.filter((i) => i.status === 'Pending') ?? [];
  const titleOf = (id: string | undefined) => roles.find((r) => r.id === id)?.title ?? 'Unknown role';
  return (
    <Card>
      <Card.Header
        title="Roles & Permissions (local stand-in)"
        subtitle="What the owner does in Wix's own page. Site Access never calls this."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP3">
          <Box gap="SP2" verticalAlign="bottom">
            <Box width="280px">
              <FormField label="Invite by email">
                <Input value={email} onChange={(e) => setEmail(e.target.value)} />
              </FormField>
            </Box>
            <FormField label="Role">
              <select aria-label="Role" value={roleId} onChange={(e) => setRoleId(e.target.value)} style={{ height: 36 }}>
                <option value="">Choose a role</option>
                {roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
              </select>
            </FormField>
            <Box flexShrink={0}>
              <Button
                size="small"
                disabled={!email || !roleId}
                onClick={() => act(control.sendInvite(email.trim(), roleId), `Invite sent to ${email.trim()}.`).then(() => setEmail(''))}
              >
                Send invite
              </Button>
            </Box>
          </Box>
          <Text weight="bold">Pending invites</Text>
          {pending.length === 0 && (
            <Text size="small" secondary>
              No pending invites.
            </Text>
          )}
          {pending.map((invite) => (
            <Box key={invite.id} gap="SP2" verticalAlign="middle">
              <Text size="small">{`${invite.email} · ${titleOf(invite.policyIds[0])}`}</Text>
              <Button
                size="tiny"
                priority="secondary"
                onClick={() => act(control.resendInvite(invite.id), `Invite to ${invite.email} resent.`)}
              >
                Resend
              </Button>
              <Button
                size="tiny"
                priority="secondary"
                onClick={() => act(control.revokeInvite(invite.id), `Invite to ${invite.email} cancelled.`)}
                ariaLabel={`Cancel invite to ${invite.email}`}
              >
                Cancel invite
              </Button>
            </Box>
          ))}
          {message && (
            <Text size="small" role="status">
              {message}
            </Text>
          )}
          <Box>
            <Button size="small" priority="secondary" onClick={onClose}>
              Back to Site Access
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
