import { useMutation } from '@tanstack/react-query';
import { useOperationContext } from '../../app/app-context';
import { declineRequest } from '../../operations/support-passes';
import { useRefreshSupport } from './use-refresh-support';

export function useDeclineRequest() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  return useMutation({ mutationFn: (request: Parameters<typeof declineRequest>[1]) => declineRequest(context, request), onSuccess: refresh });
}
