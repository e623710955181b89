import { useMutation } from '@tanstack/react-query';
import { offboardingSchema, roleLabel, type Offboarding } from '../../access/offboarding';
import { settle } from '../../access/offboarding-checks';
import { documentationDetail } from '../../access/offboarding-summary';
import { useOperationContext } from '../../page/services';
import { tracked } from '../../operations/log';
import { siteKeys } from '../../page/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

/**
 * Step 6: once verified, writes the documentation entry to the access log. The offboarding is
 * completed only if every security check is done or skipped; otherwise it stays in progress.
 */
export function useDocumentOffboarding() {
  const context = useOperationContext();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: ({ record, verifiedAt }: { record: Offboarding; verifiedAt: Date }) => {
      const done: Offboarding = settle({ ...record, verifiedAt, documentedAt: context.clock(), step: 'document' });
      const intent = {
        action: 'offboarding-documented' as const,
        subjectEmail: record.email,
        subjectName: record.name,
        role: roleLabel(record),
        reason: record.reason,
        detail: documentationDetail(done),
      };
      return tracked(context, intent, () => context.gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, done));
    },
    onSuccess: (record) => saved(record, siteKeys.all),
  });
}
