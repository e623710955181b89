import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import type { Role } from '../../access/people';
import { useOperationContext, useServices } from '../services';
import { welcomeMessageQuery } from '../../operations/welcome-message';
import { LoadError } from '../load-error';
import { WelcomeMessageEditor } from './welcome-message-editor';

interface Props {
  /** The roles the message can be written for (the invited people's roles). */
  roles: Role[];
  title?: string;
  name?: string;
}

/**
 * The guide's welcome message for people just invited: filled in, editable, copied with one click,
 * and the owner's version remembered for the site. Any job that sends invites can show it.
 */
export function WelcomeMessagePanel({ roles, title = 'Welcome message', name = '' }: Props) {
  const { gateway } = useServices();
  const { actor } = useOperationContext();
  const settings = useQuery(welcomeMessageQuery(gateway, actor.replace(/\s*\(.*\)$/, '')));
  return (
    <Card>
      <Card.Header
        title={title}
        subtitle="Send new people what the guide recommends: how to get in, what their role allows and whom to ask. Edit it once; Site Access remembers your version for this site."
      />
      <Card.Divider />
      <Card.Content>
        {settings.isLoading && (
          <Box align="center" padding="SP6">
            <Loader size="small" text="Loading your welcome message…" />
          </Box>
        )}
        {settings.isError && <LoadError error={settings.error} onRetry={() => settings.refetch()} />}
        {settings.data && <WelcomeMessageEditor saved={settings.data} roles={roles} initialName={name} />}
      </Card.Content>
    </Card>
  );
}
