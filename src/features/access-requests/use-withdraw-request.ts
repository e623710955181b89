import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accessRequestSchema } from '../../access/requests/access-request';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { requestKeys } from './queries';

/** The requester withdraws their open request (the backend checks it is theirs). */
export function useWithdrawRequest() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (requestId: string) => unwrap(accessRequestSchema, backend.withdrawAccessRequest(requestId), 'withdraw the access request'),
    onSuccess: () => Promise.all([queryClient.invalidateQueries(requestKeys.mine), queryClient.invalidateQueries(requestKeys.all)]),
  });
}
