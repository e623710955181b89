import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import { useEffect, useRef } from 'react';
import { formatDate, plural } from '../../../access/format';
import { useServices } from '../../../page/services';
import { revokedMessage, useRevokePass } from '../use-revoke-pass';
import { usePassViews } from '../use-support-data';
import { useEndDuePasses } from '../use-end-due-passes';

/** On every tab: passes whose time is up, each one click from revoked. A toast says so on open. */
export function DueBanner() {
  const { dashboard } = useServices();
  const data = usePassViews();
  const revoke = useRevokePass();
  const toasted = useRef(false);
  const due = data.status === 'ready' ? data.passes.filter((p) => p.state === 'due') : [];
  useEndDuePasses(due);

  useEffect(() => {
    if (due.length === 0 || toasted.current) return;
    toasted.current = true;
    dashboard.showToast({
      message: `${plural(due.length, 'support pass', 'support passes')} ended. Revoke the access now.`,
      type: 'error',
    });
  }, [due.length, dashboard]);

  if (data.status !== 'ready' || due.length === 0) return null;
  return (
    <SectionHelper skin="danger" title="Support access has ended">
      <Box direction="vertical" gap="SP2">
        {due.map((view) => (
          <Box key={view.grant._id} gap="SP3" verticalAlign="middle">
            <Text size="small">
              {`${view.grant.vendorName || view.grant.email} (${view.grant.email}, ${view.grant.roleTitle}) — access ended ${formatDate(view.grant.expiresAt)}.`}
              {view.grant.failure ? ` ${view.grant.failure}` : ''}
            </Text>
            <Box flexShrink={0}>
              <Button
                size="small"
                skin="destructive"
                disabled={revoke.isLoading}
                onClick={() =>
                  revoke.mutate(
                    { view },
                    {
                      onSuccess: (saved) => saved && dashboard.showToast(revokedMessage(saved)),
                      onError: (error) => dashboard.showToast({ message: (error as Error).message, type: 'error' }),
                    },
                  )
                }
              >
                {`Revoke ${view.grant.email}`}
              </Button>
            </Box>
          </Box>
        ))}
      </Box>
    </SectionHelper>
  );
}
