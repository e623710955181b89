import { SectionHelper, Text } from '@wix/design-system';
import { plural } from '../../../access/format';
import type { Reconciliation } from '../../../operations/reconcile';

/** What reconciling the log against Wix did on open; nothing when there was nothing to do. */
export function ReconciliationNotice({ result }: { result: Reconciliation }) {
  const { checked, confirmed, failed, acceptances, problem } = result;
  if (problem) {
    return (
      <SectionHelper skin="warning" title="Some unfinished entries could not be checked">
        <Text size="small" role="alert">{`${problem} They stay pending and are checked again next time the log is opened.`}</Text>
      </SectionHelper>
    );
  }
  if (checked === 0 && acceptances === 0) return null;
  const parts = [];
  if (checked > 0) {
    parts.push(`Checked ${plural(checked, 'unfinished entry', 'unfinished entries')} against Wix: ${confirmed} done, ${failed} failed.`);
  }
  if (acceptances > 0) parts.push(`Logged ${plural(acceptances, 'accepted invite')}.`);
  return (
    <SectionHelper skin="standard" title="Access log brought up to date">
      <Text size="small">{parts.join(' ')}</Text>
    </SectionHelper>
  );
}
