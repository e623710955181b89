import { Badge } from '@wix/design-system';
import type { PassState, PassView } from '../../../access/support-pass';
import { formatDate, plural } from '../../../access/format';

const BADGES: Record<
  PassState,
  { label: string; skin: 'warningLight' | 'neutralSuccess' | 'neutralDanger' | 'neutralLight' | 'neutralStandard' }
> = {
  requested: { label: 'Requested', skin: 'neutralStandard' },
  approved: { label: 'Sending', skin: 'neutralStandard' },
  'awaiting-invite': { label: 'Send the invite', skin: 'warningLight' },
  'cancel-in-wix': { label: 'Cancel the invite', skin: 'warningLight' },
  invited: { label: 'Invited', skin: 'warningLight' },
  active: { label: 'Active', skin: 'neutralSuccess' },
  due: { label: 'Due', skin: 'neutralDanger' },
  expired: { label: 'Invite expired', skin: 'neutralLight' },
  ended: { label: 'Ended on time', skin: 'neutralLight' },
  revoked: { label: 'Revoked', skin: 'neutralLight' },
  declined: { label: 'Declined', skin: 'neutralLight' },
  failed: { label: 'Failed', skin: 'neutralDanger' },
};

export function PassStatus({ state }: { state: PassState }) {
  return (
    <Badge size="small" skin={BADGES[state].skin}>
      {BADGES[state].label}
    </Badge>
  );
}

/** "Removed automatically on Dec 8, 2026" or "Remind me only": what the end date does. */
export const endingText = (view: PassView) =>
  view.grant.autoEnd ? `Removed automatically on ${formatDate(view.grant.expiresAt)}` : 'Remind me only';

/** "Ends in 5 days", "Ended 2 days ago", "Not accepted yet · the invite expires in 12 days". */
export function passTiming(view: PassView): string {
  if (view.state === 'invited' && view.inviteDaysLeft !== null)
    return `Not accepted yet · the invite expires in ${plural(view.inviteDaysLeft, 'day')}`;
  if (view.state === 'due') return view.daysLeft === 0 ? 'Ended today' : `Ended ${plural(-view.daysLeft, 'day')} ago`;
  if (view.state === 'active') return `Ends in ${plural(view.daysLeft, 'day')} · ${endingText(view)}`;
  // A revoked or ended pass can still carry what is left to do (a reminder that could not be completed).
  if ((view.state === 'revoked' || view.state === 'ended') && view.grant.failure) return view.grant.failure;
  if (view.state === 'ended') return `Removed automatically on ${formatDate(view.grant.revokedAt ?? view.grant.expiresAt)}`;
  if (view.state === 'failed') return view.grant.failure ?? 'The invite was not sent.';
  if (view.state === 'awaiting-invite') return 'Waiting for you to send the invite in Roles & Permissions';
  if (view.state === 'cancel-in-wix') return 'Cancel the pending invite in Roles & Permissions, then confirm here';
  return '';
}
