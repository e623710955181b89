import { TRANSFERS, type Handoff, type TransferId } from './handoff';

export type HandoffPhase = 'before' | 'transfer' | 'new-owner' | 'previous-owner';

export const PHASES: Record<HandoffPhase, string> = {
  before: 'Before the transfer',
  transfer: 'The transfer (in Wix)',
  'new-owner': 'After: the new owner',
  'previous-owner': 'After: the previous owner or agency',
};

export interface ChecklistItem {
  id: string;
  phase: HandoffPhase;
  label: string;
  /** Only on the checklist when this moves to the new owner. */
  onlyWhen?: TransferId;
}

/** The contributor-management guide's ownership-transfer checklist, in order. */
export const CHECKLIST: readonly ChecklistItem[] = [
  { id: 'new-owner-ready', phase: 'before', label: 'The new owner has a Wix account and can read email at their address' },
  { id: 'signed-in-as-owner', phase: 'before', label: 'You are signed in to Wix as the current owner' },
  { id: 'transfers-decided', phase: 'before', label: 'You agreed with the new owner what transfers' },
  { id: 'transfer-started', phase: 'transfer', label: 'Ownership transfer started in Wix' },
  { id: 'transfer-accepted', phase: 'transfer', label: 'The new owner accepted the transfer' },
  { id: 'verify-dashboard', phase: 'new-owner', label: 'Verify you can open the site dashboard' },
  { id: 'check-billing', phase: 'new-owner', label: 'Check billing is correct and update the payment method if needed' },
  { id: 'domain-moved', phase: 'new-owner', label: 'Check the domain now shows in your Wix account', onlyWhen: 'domain' },
  {
    id: 'reconnect-tools',
    phase: 'new-owner',
    label: 'Check analytics and other connected tools report to your accounts',
    onlyWhen: 'third-party',
  },
  { id: 'review-contributors', phase: 'new-owner', label: 'Review everyone who has access to the site' },
  { id: 'passwords-2fa', phase: 'new-owner', label: 'Change passwords and turn on two-factor sign-in' },
  { id: 'verify-own-role', phase: 'previous-owner', label: 'Verify your own role (Admin, or removed)' },
  { id: 'billing-stopped', phase: 'previous-owner', label: 'Confirm billing to you has stopped', onlyWhen: 'premium-plan' },
  { id: 'update-docs', phase: 'previous-owner', label: 'Update your internal documentation' },
  { id: 'archive-credentials', phase: 'previous-owner', label: 'Archive the site credentials' },
  { id: 'agency-role', phase: 'previous-owner', label: 'If the agency keeps a role, make it a time-boxed support pass with a review date' },
];

/** The items this handoff needs (some only apply when the domain, billing or connections move). */
export function checklistFor(handoff: Pick<Handoff, 'transfers'>): ChecklistItem[] {
  return CHECKLIST.filter((item) => !item.onlyWhen || handoff.transfers.includes(item.onlyWhen));
}

export function progressOf(handoff: Handoff): { done: number; total: number; complete: boolean } {
  const items = checklistFor(handoff);
  const done = items.filter((item) => handoff.items.some((stamp) => stamp.id === item.id)).length;
  return { done, total: items.length, complete: done === items.length };
}

export const transfersText = (handoff: Pick<Handoff, 'transfers'>) => handoff.transfers.map((t) => TRANSFERS[t]).join('; ');

export const itemLabel = (id: string) => CHECKLIST.find((item) => item.id === id)?.label ?? id;

/** Before-items must be ticked before the transfer is started. */
export function beforeItemsDone(handoff: Handoff): boolean {
  return CHECKLIST.filter((item) => item.phase === 'before').every((item) => handoff.items.some((s) => s.id === item.id));
}
