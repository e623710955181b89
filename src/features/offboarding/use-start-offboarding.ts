import { useMutation } from '@tanstack/react-query';
import { accessChangeBlocker } from '../../access/guards';
import { offboardingSchema } from '../../access/offboarding';
import type { Contributor, Role } from '../../access/people';
import { checksFor } from '../../access/security-checklist';
import { useOperationContext } from '../../page/services';
import { AccessChangeRefused } from '../../operations/people';
import { COLLECTIONS } from '../../wix/collections';
import { useRecordSaved } from './use-record-saved';

export interface StartOffboarding {
  person: Contributor;
  people: readonly Contributor[];
  roles: readonly Role[];
}

/** Step 1: records a new offboarding for someone who may be removed (not the owner, not the last admin). */
export function useStartOffboarding() {
  const { gateway, clock, actor } = useOperationContext();
  const saved = useRecordSaved();
  return useMutation({
    mutationFn: async ({ person, people, roles }: StartOffboarding) => {
      const blocker = accessChangeBlocker(person, people, roles);
      if (blocker) throw new AccessChangeRefused(blocker);
      const roleTitles = person.roleIds.map((id) => roles.find((role) => role.id === id)?.title ?? 'Unknown role');
      // Keyed once per click: a lost answer finds the offboarding Wix saved instead of starting a second.
      return gateway.records.insertKeyed(COLLECTIONS.offboardings, offboardingSchema, {
        _id: crypto.randomUUID(),
        status: 'in-progress',
        step: 'plan',
        accountId: person.accountId,
        name: person.name,
        email: person.email,
        roleTitles,
        roleIds: person.roleIds,
        joinedAt: person.joinedAt,
        startedAt: clock(),
        startedBy: actor,
        checks: checksFor(roleTitles, false),
      });
    },
    onSuccess: (record) => saved(record),
  });
}
