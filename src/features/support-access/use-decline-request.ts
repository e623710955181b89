import { useMutation } from '@tanstack/react-query';
import { useServices } from '../../page/services';
import type { DeclineInput } from '../../contract/passes';
import { z } from '../../access/zod';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

/** The owner declines a vendor's request link: recorded by the backend, nobody invited. */
export function useDeclineRequest() {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: (input: DeclineInput) => unwrap(z.null(), backend.declineVendorRequest(input), 'decline the request'),
    onSuccess: refresh,
  });
}
