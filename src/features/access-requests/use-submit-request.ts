import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestInput } from '../../access/requests/request-input';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { requestKeys } from './queries';
import { submittedSchema } from './results';

/** Sends a request as the signed-in person (the backend names the requester from the token). */
export function useSubmitRequest() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestInput) => unwrap(submittedSchema, backend.submitAccessRequest(input), 'send the access request'),
    onSuccess: () => Promise.all([queryClient.invalidateQueries(requestKeys.mine), queryClient.invalidateQueries(requestKeys.all)]),
  });
}
