import { useQueryClient } from '@tanstack/react-query';
import type { Offboarding } from '../../access/offboarding';
import { offboardingKeys } from './queries';

/** After a mutation saved an offboarding: show the saved record at once, then refetch what depends on it. */
export function useRecordSaved() {
  const queryClient = useQueryClient();
  return async (record: Offboarding, invalidate: readonly unknown[] = offboardingKeys.all) => {
    // A read started before the save must not put the older record back.
    await queryClient.cancelQueries(offboardingKeys.list);
    queryClient.setQueryData<Offboarding[]>(offboardingKeys.list, (list = []) =>
      list.some((r) => r._id === record._id) ? list.map((r) => (r._id === record._id ? record : r)) : [record, ...list],
    );
    return queryClient.invalidateQueries(invalidate);
  };
}
