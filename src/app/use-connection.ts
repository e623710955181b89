import { useQuery } from '@tanstack/react-query';
import { connectionQuery } from '../operations/connection';
import { useServices } from './app-context';

/** Whether invites go through the owner's connected key; false (guided) until known or when the check fails. */
export function useConnected(): boolean {
  const { backend } = useServices();
  return useQuery(connectionQuery(backend)).data?.connected ?? false;
}
