import { SectionHelper, Text } from '@wix/design-system';
import type { CadenceItem } from '../../../access/review/cadence';
import { formatDate } from '../../../access/format';

/** Says which reviews are overdue: never done, or past their monthly / quarterly / yearly date. */
export function OverdueBanner({ cadence, reviewOpen }: { cadence: CadenceItem[]; reviewOpen: boolean }) {
  const overdue = cadence.filter((item) => item.overdue);
  if (overdue.length === 0) return null;
  const lines = overdue.map((item) => (item.lastDone ? `${item.title}: due since ${formatDate(item.dueAt)}` : `${item.title}: never done`));
  return (
    <SectionHelper skin="warning" title={overdue.length === 1 ? 'An access review is overdue' : 'Access reviews are overdue'}>
      <Text size="small">
        {lines.join(' · ')}. {reviewOpen ? 'Finish the review in progress below.' : 'Start one below: it takes a few minutes.'}
      </Text>
    </SectionHelper>
  );
}
