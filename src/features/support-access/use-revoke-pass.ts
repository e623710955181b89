import { useMutation } from '@tanstack/react-query';
import type { PassView } from '../../access/support-pass';
import { useOperationContext, useServices } from '../../app/app-context';
import { revokePass, type SiteSnapshot } from '../../operations/support-passes';
import { useRefreshSupport } from './use-refresh-support';

/** Revokes a pass after the owner confirms in the dashboard modal. Resolves false when they cancel. */
export function useRevokePass() {
  const context = useOperationContext();
  const { dashboard } = useServices();
  const refresh = useRefreshSupport();
  return useMutation({
    mutationFn: async ({ view, site }: { view: PassView; site: SiteSnapshot }) => {
      const { grant, contributor } = view;
      const what = contributor ? `remove ${grant.email} (${grant.roleTitle}) from the site` : `cancel the invite to ${grant.email}`;
      const confirmed = await dashboard.confirm({
        title: `Revoke ${grant.vendorName || grant.email}'s access?`,
        message: `This will ${what}, complete the reminder and record it in the access log.`,
        confirmLabel: 'Revoke access',
        destructive: true,
      });
      if (!confirmed) return false;
      await revokePass(context, view, site);
      return true;
    },
    onSettled: refresh,
  });
}
