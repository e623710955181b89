import { inviteRecordSchema } from '../../access/invite-records';
import { offboardingSchema, type Offboarding } from '../../access/offboarding';
import { settle } from '../../access/offboarding-checks';
import { checkRemoval } from '../../access/removal-check';
import type { Clock } from '../../access/clock';
import { siteKeys } from '../../page/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import type { Gateway } from '../../wix/gateway';

/** Keys of the offboarding job, under `siteKeys.all` so every change to access refreshes them. */
export const offboardingKeys = {
  all: [...siteKeys.all, 'offboardings'] as const,
  list: [...siteKeys.all, 'offboardings', 'list'] as const,
  removalCheck: (offboardingId: string, accountId: string, email: string) =>
    [...siteKeys.all, 'offboardings', 'removal-check', offboardingId, accountId, email] as const,
};

/**
 * Every offboarding the app keeps, newest first (in progress, completed and cancelled). Statuses are
 * settled on read: one saved as completed while security checks were open is shown in progress.
 */
export function offboardingsQuery(gateway: Gateway) {
  return {
    queryKey: offboardingKeys.list,
    queryFn: async () =>
      (await gateway.records.list(COLLECTIONS.offboardings, offboardingSchema, { orderBy: { field: 'startedAt', direction: 'desc' } })).map(
        settle,
      ),
  };
}

/** Verification: asks Wix for the contributors again (never a cached list) and reads the invites the app sent. */
export function removalCheckQuery(gateway: Gateway, clock: Clock, record: Pick<Offboarding, '_id' | 'accountId' | 'email'>) {
  return {
    queryKey: offboardingKeys.removalCheck(record._id, record.accountId, record.email),
    queryFn: async () => {
      const [people, invites] = await Promise.all([
        gateway.contributors.query(),
        gateway.records.list(COLLECTIONS.invites, inviteRecordSchema),
      ]);
      return { ...checkRemoval(record, people, invites, clock()), checkedAt: clock() };
    },
    staleTime: 0,
    cacheTime: 0,
  };
}
