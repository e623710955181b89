import { handoffSchema, type NewHandoff } from '../../access/handoff';
import { useOperationContext } from '../../page/services';
import { tracked } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';
import { useHandoffMutation } from './use-handoff-mutation';

/** Starts a handoff checklist for one ownership transfer. */
export function useCreateHandoff() {
  const context = useOperationContext();
  return useHandoffMutation((input: NewHandoff) => {
    const email = input.newOwnerEmail.trim().toLowerCase();
    return tracked(
      context,
      { action: 'handoff-step', subjectEmail: email, subjectName: input.newOwnerName.trim(), detail: 'Handoff checklist started' },
      () =>
        context.gateway.records.insertKeyed(COLLECTIONS.handoffs, handoffSchema, {
          _id: crypto.randomUUID(),
          newOwnerEmail: email,
          newOwnerName: input.newOwnerName.trim(),
          handedOverBy: input.handedOverBy.trim(),
          transfers: input.transfers,
          startedAt: context.clock(),
          startedBy: context.actor,
          items: [],
        }),
    );
  });
}
