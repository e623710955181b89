import { useMutation } from '@tanstack/react-query';
import { laterStep, offboardingSchema, planProblems, trimPlan, type Offboarding, type OffboardingPlan } from '../../access/offboarding';
import { checksFor } from '../../access/security-checklist';
import { useServices } from '../../page/services';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/** Step 2: keeps the plan with the offboarding (credentials they knew add a rotation check). */
export function useSavePlan() {
  const { gateway } = useServices();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: async ({ record, plan }: { record: Offboarding; plan: OffboardingPlan }) => {
      const problem = Object.values(planProblems(plan))[0];
      if (problem) throw new Error(problem);
      const clean = trimPlan(plan);
      const checks = checksFor(record.roleTitles, clean.credentials !== '', record.checks);
      return gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, {
        ...record,
        ...clean,
        checks,
        step: laterStep(record.step, 'remove'),
      });
    },
    onSuccess: (record) => saved(record),
  });
}
