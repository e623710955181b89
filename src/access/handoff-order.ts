import { stampOf, type Handoff } from './handoff';
import { beforeItemsDone, CHECKLIST } from './handoff-checklist';

/**
 * The order of an ownership transfer: the items before it, then the transfer started in Wix, then
 * the new owner accepting it, then the new owner's own checks (they can only do them as owner).
 * Why an item cannot be ticked yet, or null when it can. Unticking is always allowed.
 */
export function tickBlocker(handoff: Handoff, itemId: string): string | null {
  if (itemId === 'transfer-started' && !beforeItemsDone(handoff)) return 'Tick the items before the transfer first.';
  if (itemId === 'transfer-accepted' && !stampOf(handoff, 'transfer-started')) {
    return 'The new owner can only accept once the transfer is started: first record "I started the transfer".';
  }
  const phase = CHECKLIST.find((item) => item.id === itemId)?.phase;
  if (phase === 'new-owner' && !stampOf(handoff, 'transfer-accepted')) {
    return 'The new owner does this once they have accepted the transfer: tick "The new owner accepted the transfer" first.';
  }
  return null;
}

/** Refuses a tick out of order, with the reason, before anything is saved. */
export function assertCanTick(handoff: Handoff, itemId: string): void {
  const blocker = tickBlocker(handoff, itemId);
  if (blocker) throw new Error(`Not saved: ${blocker}`);
}
