import type { Handoff } from '../../access/handoff';
import { useOperationContext } from '../../page/services';
import { saveHandoffStep } from './save-handoff';
import { useHandoffMutation } from './use-handoff-mutation';

/** Closes a handoff whose checklist is complete; its summary can then be exported. */
export function useFinishHandoff(handoff: Handoff) {
  const context = useOperationContext();
  return useHandoffMutation(() =>
    saveHandoffStep(context, { ...handoff, finishedAt: context.clock(), finishedBy: context.actor }, 'Handoff finished'),
  );
}
