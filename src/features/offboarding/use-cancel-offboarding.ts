import { useMutation } from '@tanstack/react-query';
import { offboardingSchema, type Offboarding } from '../../access/offboarding';
import { useServices } from '../../page/services';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/** Drops an offboarding that has not removed anyone yet (kept as cancelled, never deleted). */
export function useCancelOffboarding() {
  const { gateway } = useServices();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: async (record: Offboarding) => {
      if (record.removal) throw new Error(`${record.name} has already been removed; finish the offboarding instead.`);
      return gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, { ...record, status: 'cancelled' });
    },
    onSuccess: (record) => saved(record),
  });
}
