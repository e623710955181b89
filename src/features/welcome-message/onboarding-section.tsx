import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { OWNER_ROLE_TITLE } from '../../access/people';
import { useServices } from '../../page/services';
import { useNavigation } from '../../page/navigation';
import { peopleQuery } from '../../page/site-queries';
import { LoadError } from '../../page/load-error';
import { WelcomeMessagePanel } from '../../page/welcome-message/welcome-message-panel';

/**
 * The welcome message on its own, for any role on the site (the guide's "Notify and onboard" step).
 * Other jobs can open it with `openTab('team', { section: 'welcome', role, name })`.
 */
export function OnboardingSection() {
  const { gateway } = useServices();
  const { params } = useNavigation();
  const people = useQuery(peopleQuery(gateway));
  if (people.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading the site roles…" />
        </Box>
      </Card>
    );
  }
  if (people.isError) return <LoadError error={people.error} onRetry={() => people.refetch()} />;
  if (!people.data) return null;
  const roles = people.data.roles.filter((role) => role.title !== OWNER_ROLE_TITLE);
  const first = roles.find((role) => role.title === params.role);
  const ordered = first ? [first, ...roles.filter((role) => role !== first)] : roles;
  return <WelcomeMessagePanel roles={ordered} name={params.name ?? ''} />;
}
