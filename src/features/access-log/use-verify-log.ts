import { useMutation } from '@tanstack/react-query';
import { useServices } from '../../page/services';

/** Asks the backend to walk the log's hash chain (1,000 entries a query); the result stays on screen. */
export function useVerifyLog() {
  const { gateway } = useServices();
  return useMutation({ mutationFn: () => gateway.log.verify() });
}
