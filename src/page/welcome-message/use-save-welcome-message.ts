import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WelcomeSettings } from '../../access/welcome-message';
import { useServices } from '../services';
import { saveWelcomeMessage, welcomeMessageKeys } from '../../operations/welcome-message';

/** Remembers the owner's version of the welcome message for the site. */
export function useSaveWelcomeMessage() {
  const { gateway } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: WelcomeSettings) => saveWelcomeMessage(gateway, settings),
    onSuccess: () => queryClient.invalidateQueries(welcomeMessageKeys.all),
  });
}
