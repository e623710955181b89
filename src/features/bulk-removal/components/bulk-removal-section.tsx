import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { plural } from '../../../access/format';
import type { Contributor } from '../../../access/people';
import { useServices } from '../../../page/services';
import type { BulkRemovalResult } from '../../../contract/people';
import { peopleQuery } from '../../../page/site-queries';
import { LoadError } from '../../../page/load-error';
import { useBulkRemove } from '../use-bulk-remove';
import { RemovalPicker } from './removal-picker';
import { RemovalResults } from './removal-results';
import { LoadingCard } from '../../../ui/loading-card';

const busy = (text: string) => <LoadingCard text={text} />;

/** Bulk removal: pick, one reason, confirm, removed one by one, verified by asking Wix again. */
export function BulkRemovalSection() {
  const { gateway, dashboard } = useServices();
  const people = useQuery(peopleQuery(gateway));
  const remove = useBulkRemove();
  const [result, setResult] = useState<BulkRemovalResult | null>(null);

  if (remove.isLoading) {
    const count = remove.variables?.targets.length ?? 0;
    return busy(`Removing ${plural(count, 'person', 'people')} one by one, then checking with Wix who is still listed…`);
  }
  if (result) return <RemovalResults result={result} onDone={() => setResult(null)} />;
  if (people.isLoading) return busy('Loading the people with access…');
  if (people.isError) return <LoadError error={people.error} onRetry={() => people.refetch()} />;
  if (!people.data) return null;

  const run = async (targets: Contributor[], reason: string) => {
    const confirmed = await dashboard.confirm({
      title: `Remove ${plural(targets.length, 'person', 'people')}?`,
      message: `${targets.map((p) => p.name).join(', ')} will lose access to the site, one after the other. Reason: ${reason}`,
      confirmLabel: 'Remove access',
      destructive: true,
    });
    if (!confirmed) return;
    remove.mutate(
      { targets, reason },
      {
        onSuccess: (outcome) => {
          const gone = outcome.outcomes.filter((o) => o.status === 'removed' || o.status === 'already-gone').length;
          const all = gone === targets.length;
          dashboard.showToast({ message: `${gone} of ${targets.length} removed.`, type: all ? 'success' : 'warning' });
          setResult(outcome);
        },
        onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
      },
    );
  };
  return <RemovalPicker people={people.data.people} roles={people.data.roles} onRemove={run} />;
}
