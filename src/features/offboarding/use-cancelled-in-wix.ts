import { useMutation } from '@tanstack/react-query';
import type { InviteRecord } from '../../access/invite-records';
import { offboardingSchema, type Offboarding } from '../../access/offboarding';
import { useOperationContext } from '../../page/services';
import { recordCancelledInWix } from '../../operations/guided-invites';
import { siteKeys } from '../../page/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/**
 * Guided: the owner says they cancelled these invites in Roles & Permissions. Each record is marked
 * revoked and logged as the owner's doing; the offboarding counts them as cancelled.
 */
export function useCancelledInWix() {
  const context = useOperationContext();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: async ({ record, invites }: { record: Offboarding; invites: readonly InviteRecord[] }) => {
      for (const invite of invites) await recordCancelledInWix(context, invite, `Removed from the site: ${record.reason}`);
      return context.gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, {
        ...record,
        invitesCancelled: record.invitesCancelled + invites.length,
      });
    },
    onSuccess: (record) => saved(record, siteKeys.all),
  });
}
