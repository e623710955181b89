import { Badge, Box, Button, Card, FormField, Input, SectionHelper, Text } from '@wix/design-system';
import { useState } from 'react';
import { useServices } from '../../../page/services';
import { CardHeader } from '../../../ui/card-header';
import { useApiKey } from '../use-api-key';

/** Optional: the owner's account API key, kept in this browser (never on the site), for one-click invites. */
export function ApiKeyCard({ connected }: { connected: boolean }) {
  const { dashboard } = useServices();
  const { connect, disconnect } = useApiKey();
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState('');
  const busy = connect.isLoading || disconnect.isLoading;
  const submit = () => {
    setProblem('');
    connect.mutate(key, {
      onSuccess: (result) => {
        setKey('');
        if (result.connected) dashboard.showToast({ message: 'API key connected. Site Access now sends invites itself.', type: 'success' });
        else setProblem(result.problem ?? 'The key was not connected.');
      },
      onError: (error) => setProblem((error as Error).message),
    });
  };
  const unplug = () =>
    disconnect.mutate(undefined, {
      onSuccess: () => dashboard.showToast({ message: 'API key disconnected: this browser no longer keeps it. Invites are guided again.' }),
      onError: (error) => setProblem((error as Error).message),
    });
  return (
    <Card>
      <CardHeader
        title="Account API key (optional)"
        subtitle="Wix lets only an account-level API key send, resend or cancel invites and read the roles catalogue. Without one, Site Access guides you through Roles & Permissions."
        suffix={
          <Badge size="small" skin={connected ? 'success' : 'neutralLight'}>
            {connected ? 'Connected' : 'Not connected · guided invites'}
          </Badge>
        }
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP3">
          <Text size="small">
            {connected
              ? "Invites, resends and cancellations go through the app's backend with your key. Only this browser keeps it, and sends it with each call that needs it; the site never stores it."
              : "Create a key in Wix's API Keys Manager (account settings) with the Manage Contributors permission, and paste it here. It is checked with Wix, then kept only in this browser: Wix's Secrets Manager is readable by Co-Owners and Website Managers, so Site Access never keeps it on the site."}
          </Text>
          {!connected && (
            <Box gap="SP2" verticalAlign="bottom">
              <Box width="420px">
                <FormField label="API key" status={problem ? 'error' : undefined} statusMessage={problem || undefined}>
                  <Input
                    type="password"
                    autocomplete="off"
                    value={key}
                    onChange={(e) => setKey(e.target.value)}
                    placeholder="Paste the key"
                  />
                </FormField>
              </Box>
              <Button size="small" onClick={submit} disabled={busy || key.trim() === ''}>
                {connect.isLoading ? 'Checking with Wix…' : 'Connect key'}
              </Button>
            </Box>
          )}
          {connected && (
            <Box gap="SP2">
              <Button size="small" priority="secondary" skin="destructive" onClick={unplug} disabled={busy}>
                Disconnect the key
              </Button>
            </Box>
          )}
          {connected && problem && (
            <SectionHelper skin="danger">
              <Text size="small">{problem}</Text>
            </SectionHelper>
          )}
        </Box>
      </Card.Content>
    </Card>
  );
}
