import { handoffSchema, type Handoff } from '../../access/handoff';
import { tracked, type OperationContext } from '../../operations/log';
import { COLLECTIONS } from '../../wix/collections';

/** Saves a handoff change, logged as a handoff step (intent first, then the outcome). */
export function saveHandoffStep(context: OperationContext, handoff: Handoff, detail: string): Promise<Handoff> {
  return tracked(context, { action: 'handoff-step', subjectEmail: handoff.newOwnerEmail, subjectName: handoff.newOwnerName, detail }, () =>
    context.gateway.records.update(COLLECTIONS.handoffs, handoffSchema, handoff),
  );
}
