import { useMutation } from '@tanstack/react-query';
import { grantSchema, type Grant } from '../../access/support-pass';
import { useServices } from '../../page/services';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

/** Extends a pass through the backend, which checks who asks and the pass's current state first. */
export function useExtendPass() {
  const { backend } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: ({ grant, expiresAt, reason }: { grant: Grant; expiresAt: Date; reason: string }) =>
      unwrap(grantSchema, backend.extendPass(grant._id, expiresAt.toISOString(), reason), 'extend the pass'),
    onSettled: refresh,
  });
}
