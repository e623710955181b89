import { useQuery } from '@tanstack/react-query';
import { useServices } from '../../page/services';
import { requestsQuery } from './queries';

/** "Requests (2)" while requests wait; "Requests" otherwise (also while loading or when the read failed). */
export function useRequestsTabTitle(): string {
  const { gateway } = useServices();
  const requests = useQuery({ ...requestsQuery(gateway), refetchInterval: 60_000 });
  const waiting = requests.data?.filter((r) => r.status === 'open').length ?? 0;
  return waiting > 0 ? `Requests (${waiting})` : 'Requests';
}
