import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader, Page, SectionHelper, Text } from '@wix/design-system';
import { z } from 'zod';
import { formatDate } from '../access/format';
import { grantSchema } from '../access/support-pass';
import type { Me } from '../contract/me';
import { unwrap } from '../wix/key-services';
import { ContributorRequests } from '../features/access-requests/components/contributor-requests';
import { useServices } from '../page/services';
import { signedInLabel } from '../page/identity';

/**
 * For someone who may not change access (a vendor as Website Manager, a blog writer): what Site Access
 * is, why they cannot change anything here, and their own support passes.
 */
export function ReadOnlyPage({ me }: { me: Me }) {
  const { backend } = useServices();
  const passes = useQuery({
    queryKey: ['me', 'passes'],
    queryFn: () => unwrap(z.array(grantSchema), backend.myPasses(), 'load your support passes'),
  });
  return (
    <Page height="100vh" minWidth={600}>
      <Page.Header title="Site Access" subtitle={`Signed in as ${signedInLabel(me)}`} />
      <Page.Content>
        <Box direction="vertical" gap="SP4">
          <SectionHelper title="This page is read-only for you">
            <Text size="small">
              Only the site owner or a co-owner can change who has access to this site, extend a support pass or approve a request. Nobody
              can extend or approve their own access. Ask for access below: the site owner or a co-owner decides.
            </Text>
          </SectionHelper>
          <Card>
            <Card.Header title="Your support access" subtitle="The passes the site owner gave you, and when they end." />
            <Card.Divider />
            <Card.Content>
              {passes.isLoading && <Loader size="small" />}
              {passes.isError && <Text size="small">{(passes.error as Error).message}</Text>}
              {passes.data?.length === 0 && (
                <Text size="small" secondary>
                  You have no support pass on this site.
                </Text>
              )}
              {passes.data?.map((grant) => (
                <Box key={grant._id} direction="vertical" paddingBottom="SP2">
                  <Text weight="bold">{`${grant.roleTitle} until ${formatDate(grant.expiresAt)}${grant.ticket ? ` · ticket ${grant.ticket}` : ''}`}</Text>
                  <Text size="small" secondary>
                    {grant.status === 'ended' || grant.status === 'revoked'
                      ? `Ended ${formatDate(grant.revokedAt ?? grant.expiresAt)}.`
                      : grant.autoEnd
                        ? 'Site Access removes this access automatically on that date.'
                        : 'The site owner is reminded on that date to remove it.'}
                  </Text>
                </Box>
              ))}
            </Card.Content>
          </Card>
          {me.signedIn && <ContributorRequests />}
        </Box>
      </Page.Content>
    </Page>
  );
}
