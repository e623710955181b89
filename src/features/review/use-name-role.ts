import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleSchema } from '../../access/people';
import { useServices } from '../../page/services';
import { siteKeys } from '../../page/site-queries';
import { unwrap } from '../../wix/key-services';

/** The site owner names a role id once, as Roles & Permissions shows it (the backend refuses anyone else and logs it). */
export function useNameRole() {
  const { backend } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ roleId, title }: { roleId: string; title: string }) =>
      unwrap(roleSchema, backend.nameRole(roleId, title), 'name the role'),
    onSuccess: () => void queryClient.invalidateQueries(siteKeys.people),
  });
}
