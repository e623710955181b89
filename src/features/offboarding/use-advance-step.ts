import { useMutation } from '@tanstack/react-query';
import { laterStep, offboardingSchema, type Offboarding, type RecordStep } from '../../access/offboarding';
import { useServices } from '../../page/services';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/** Moves an offboarding on to a later step, so it resumes there after a reload. */
export function useAdvanceStep() {
  const { gateway } = useServices();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: ({ record, step }: { record: Offboarding; step: RecordStep }) =>
      gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, { ...record, step: laterStep(record.step, step) }),
    onSuccess: (record) => saved(record),
  });
}
