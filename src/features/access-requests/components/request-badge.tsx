import { Badge } from '@wix/design-system';
import type { AccessRequest } from '../../../access/requests/access-request';

const LOOK: Record<
  AccessRequest['status'],
  { skin: 'neutralStandard' | 'neutralSuccess' | 'neutralDanger' | 'warningLight' | 'neutralLight'; text: string }
> = {
  open: { skin: 'warningLight', text: 'Waiting' },
  approved: { skin: 'neutralStandard', text: 'Approved' },
  provisioned: { skin: 'neutralSuccess', text: 'Approved' },
  declined: { skin: 'neutralDanger', text: 'Declined' },
  withdrawn: { skin: 'neutralLight', text: 'Withdrawn' },
};

/** A request's status (WDS's neutral skins: the strong ones fail contrast in axe). */
export function RequestBadge({ status }: { status: AccessRequest['status'] }) {
  const { skin, text } = LOOK[status];
  return (
    <Badge size="small" skin={skin}>
      {text}
    </Badge>
  );
}
