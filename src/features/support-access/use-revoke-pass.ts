import { useMutation } from '@tanstack/react-query';
import { grantSchema, type Grant, type PassView } from '../../access/support-pass';
import type { Toast } from '../../wix/dashboard-port';
import { useServices } from '../../page/services';
import { useConnected } from '../../page/use-connection';
import { unwrap } from '../../wix/key-services';
import { useRefreshSupport } from './use-refresh-support';

/** Revokes a pass (through the backend, which checks who asks) after the owner confirms in the dashboard modal. Resolves false when they cancel, else the pass as saved. */
export function useRevokePass() {
  const { dashboard, backend } = useServices();
  const refresh = useRefreshSupport();
  const connected = useConnected();
  return useMutation({
    mutationFn: async ({ view }: { view: PassView }) => {
      const { grant, contributor } = view;
      const cancelsItself = connected && Boolean(grant.inviteId);
      const what = contributor
        ? `remove ${grant.email} (${grant.roleTitle}) from the site`
        : cancelsItself
          ? `cancel the invite to ${grant.email}`
          : `show you how to cancel the invite to ${grant.email} in Roles & Permissions`;
      const confirmed = await dashboard.confirm({
        title: `Revoke ${grant.vendorName || grant.email}'s access?`,
        message: `This will ${what}, complete the reminder and record it in the access log.`,
        confirmLabel: 'Revoke access',
        destructive: true,
      });
      if (!confirmed) return false;
      return unwrap(grantSchema, backend.revokePass(grant._id), 'revoke the pass');
    },
    onSettled: refresh,
  });
}

/** What the owner is told after Revoke: done, or what is left for them to do in Wix. */
export function revokedMessage(saved: Grant): Toast {
  if (saved.status === 'cancel-in-wix') {
    return {
      message: `Cancel the pending invite to ${saved.email} in Roles & Permissions, then confirm it in the pass row.`,
      type: 'warning',
    };
  }
  return { message: `${saved.email}'s access was revoked.`, type: 'success' };
}
