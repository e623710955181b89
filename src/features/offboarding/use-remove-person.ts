import { useMutation } from '@tanstack/react-query';
import type { InviteRecord } from '../../access/invite-records';
import { laterStep, offboardingSchema, type Offboarding } from '../../access/offboarding';
import type { Contributor, Role } from '../../access/people';
import { useOperationContext } from '../../page/services';
import { useConnected } from '../../page/use-connection';
import { offboardPerson } from '../../operations/offboard';
import { siteKeys } from '../../page/site-queries';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

export interface RemoveForOffboarding {
  record: Offboarding;
  people: readonly Contributor[];
  roles: readonly Role[];
  invites: readonly InviteRecord[];
}

const KEY_REFUSED =
  'Wix refused the connected API key (check it in the API Keys Manager, or disconnect it in Settings): cancel the pending invites below in Roles & Permissions.';

/** The person as Wix lists them now, or as they were when the offboarding started. */
export function subject(record: Offboarding, people: readonly Contributor[]): Contributor {
  return (
    people.find((p) => p.accountId === record.accountId) ?? {
      accountId: record.accountId,
      name: record.name,
      email: record.email,
      roleIds: record.roleIds,
      joinedAt: record.joinedAt,
      invitedEmail: null,
    }
  );
}

/**
 * Step 3: removes them through Wix, revokes their pending invites (without a key they are left to the owner,
 * and the wizard stays on this step to list them) and open support passes, and saves the outcome.
 */
export function useRemovePerson() {
  const context = useOperationContext();
  const connected = useConnected();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: async ({ record, people, roles, invites }: RemoveForOffboarding) => {
      const outcome = await offboardPerson(context, {
        person: subject(record, people),
        people,
        roles,
        invites,
        reason: record.reason,
        connected,
      });
      const leftToOwner = (outcome.invitesLeftToOwner ?? []).length > 0;
      const next = laterStep(record.step, leftToOwner ? 'remove' : outcome.removal === 'removed' ? 'security' : 'verify');
      const update = {
        ...record,
        step: next,
        removal: outcome.removal,
        removedAt: context.clock(),
        removedBy: context.actor,
        invitesCancelled: outcome.invitesCancelled,
        passesClosed: outcome.passesClosed,
        removalProblems: [...(outcome.keyRefused ? [KEY_REFUSED] : []), ...outcome.problems],
      };
      try {
        return await context.gateway.records.update(COLLECTIONS.offboardings, offboardingSchema, update);
      } catch (error) {
        throw new Error(
          `${record.name} is removed, but Site Access could not save this offboarding's progress. ${(error as Error).message}`,
        );
      }
    },
    onSuccess: (record) => saved(record, siteKeys.all),
  });
}
