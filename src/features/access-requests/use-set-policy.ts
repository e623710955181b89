import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestPolicySchema } from '../../access/requests/access-request';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { requestKeys } from './queries';

/** The owner turns the second approver on or off (the backend refuses anyone else). */
export function useSetPolicy() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (secondApproval: boolean) =>
      unwrap(requestPolicySchema, backend.setRequestPolicy(secondApproval), 'change how access requests are approved'),
    onSuccess: () => queryClient.invalidateQueries(requestKeys.policy),
  });
}
