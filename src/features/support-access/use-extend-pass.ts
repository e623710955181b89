import { useMutation } from '@tanstack/react-query';
import type { Grant } from '../../access/support-pass';
import { useOperationContext } from '../../app/app-context';
import { extendPass } from '../../operations/support-passes';
import { useRefreshSupport } from './use-refresh-support';

export function useExtendPass() {
  const context = useOperationContext();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: ({ grant, expiresAt, reason }: { grant: Grant; expiresAt: Date; reason: string }) => extendPass(context, grant, expiresAt, reason),
    onSettled: refresh,
  });
}
