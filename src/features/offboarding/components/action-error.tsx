import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { useServices } from '../../../page/services';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { WixError } from '../../../wix/errors';

interface Props {
  title: string;
  error: unknown;
  /** Offered when trying again may help. */
  onRetry?: () => void;
}

/** Why a step's action failed, in the step itself, with a retry; nothing when there is no error. */
export function ActionError({ title, error, onRetry }: Props) {
  const { dashboard } = useServices();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const permission = error instanceof WixError && error.kind === 'permission';
  return (
    <SectionHelper skin="danger" title={title}>
      <Box direction="vertical" gap="SP2">
        <Text size="small" role="alert">
          {message}
        </Text>
        {(onRetry || permission) && (
          <Box gap="SP2">
            {onRetry && (
              <Button size="small" priority="secondary" onClick={onRetry}>
                Try again
              </Button>
            )}
            {permission && (
              <Button size="small" priority="secondary" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
                Open Roles & Permissions
              </Button>
            )}
          </Box>
        )}
      </Box>
    </SectionHelper>
  );
}
