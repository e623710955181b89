import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { useServices } from '../../../page/services';
import { connectionQuery } from '../../../page/connection';
import { LoadError } from '../../../page/load-error';
import { ApiKeyCard } from './api-key-card';

/** Settings: how Site Access reaches Wix (guided by default; connected with the owner's key). */
export function SettingsTab() {
  const { backend } = useServices();
  const connection = useQuery(connectionQuery(backend));
  if (connection.isError) return <LoadError error={connection.error} onRetry={() => connection.refetch()} />;
  if (!connection.data) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading settings…" />
        </Box>
      </Card>
    );
  }
  return <ApiKeyCard connected={connection.data.connected} />;
}
