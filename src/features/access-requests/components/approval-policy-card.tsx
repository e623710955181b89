import { useQuery } from '@tanstack/react-query';
import { Box, Card, Checkbox, Text } from '@wix/design-system';
import { formatDate } from '../../../access/format';
import { useServices } from '../../../page/services';
import { useMe } from '../../../page/identity';
import { requestPolicyQuery } from '../queries';
import { useSetPolicy } from '../use-set-policy';

/** Who approves: one owner or co-owner, or (when the site owner says so) two different ones. */
export function ApprovalPolicyCard() {
  const { gateway, dashboard } = useServices();
  const me = useMe();
  const policy = useQuery(requestPolicyQuery(gateway));
  const setPolicy = useSetPolicy();
  const isOwner = me?.isOwner === true;
  const checked = policy.data?.secondApproval ?? false;
  const toggle = () =>
    setPolicy.mutate(!checked, {
      onSuccess: (saved) =>
        dashboard.showToast({
          message: saved.secondApproval ? 'Access requests now need a second approver.' : 'Access requests now need one approver.',
          type: 'success',
        }),
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  const setBy = policy.data?.setAt ? ` Set by ${policy.data.setBy} on ${formatDate(policy.data.setAt)}.` : '';
  return (
    <Card>
      <Card.Header title="Approvals" subtitle="Who must approve a request before the access is set up." />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP2">
          <Checkbox checked={checked} disabled={!isOwner || policy.isLoading || setPolicy.isLoading} onChange={toggle}>
            Require a second approver: another owner or co-owner approves too
          </Checkbox>
          <Text size="small" secondary>
            {`${isOwner ? 'Only you, the site owner, can change this.' : 'Only the site owner can change this.'}${setBy}`}
          </Text>
          {policy.isError && (
            <Text size="small" skin="error">
              {(policy.error as Error).message}
            </Text>
          )}
        </Box>
      </Card.Content>
    </Card>
  );
}
