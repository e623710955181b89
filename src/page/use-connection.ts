import { useQuery } from '@tanstack/react-query';
import { connectionQuery } from './connection';
import { useServices } from './services';

/** Whether invites go through the owner's connected key; false (guided) until known or when the check fails. */
export function useConnected(): boolean {
  const { backend } = useServices();
  return useQuery(connectionQuery(backend)).data?.connected ?? false;
}
