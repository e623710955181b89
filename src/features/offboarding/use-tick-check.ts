import { useMutation } from '@tanstack/react-query';
import { offboardingSchema, roleLabel, type Offboarding } from '../../access/offboarding';
import { findCheck } from '../../access/security-checklist';
import { useOperationContext } from '../../app/app-context';
import { tracked } from '../../operations/log';
import { siteKeys } from '../../operations/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/** Step 4: ticks (or reopens) one security check with the time and who did it, and logs it. */
export function useTickCheck() {
  const context = useOperationContext();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: ({ record, checkId, ticked }: { record: Offboarding; checkId: string; ticked: boolean }) => {
      const label = findCheck(checkId)?.label ?? checkId;
      const checks = record.checks.map((check) =>
        check.id !== checkId ? check : ticked ? { id: checkId, tickedAt: context.clock(), tickedBy: context.actor } : { id: checkId, tickedAt: null, tickedBy: '' },
      );
      const intent = {
        action: 'checklist-item' as const, subjectEmail: record.email, subjectName: record.name, role: roleLabel(record),
        detail: `Offboarding security check ${ticked ? 'done' : 'reopened'}: ${label}`,
      };
      return tracked(context, intent, () => context.gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, { ...record, checks }));
    },
    onSuccess: (record) => saved(record, siteKeys.all),
  });
}
