import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { useServices } from './services';
import { WixError } from '../wix/errors';
import { WIX_PAGES } from '../wix/dashboard-port';

/** A failed load, explained inline, with Retry (and Wix's Roles & Permissions when a permission is missing). */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { dashboard } = useServices();
  const wixError = error instanceof WixError ? error : null;
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  return (
    <SectionHelper skin="danger" title="Couldn't load this from Wix">
      <Box direction="vertical" gap="SP2">
        <Text size="small" role="alert">
          {message}
        </Text>
        <Box gap="SP2">
          <Button size="small" priority="secondary" onClick={onRetry}>
            Retry
          </Button>
          {wixError?.kind === 'permission' && (
            <Button size="small" priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
              Open Roles & Permissions
            </Button>
          )}
        </Box>
      </Box>
    </SectionHelper>
  );
}
