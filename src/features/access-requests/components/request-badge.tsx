import { Badge } from '@wix/design-system';
import type { AccessRequest } from '../../../access/requests/access-request';

const LOOK: Record<AccessRequest['status'], { skin: 'neutralStandard' | 'success' | 'danger' | 'warningLight' | 'neutralLight'; text: string }> = {
  open: { skin: 'warningLight', text: 'Waiting' },
  approved: { skin: 'neutralStandard', text: 'Approved' },
  provisioned: { skin: 'success', text: 'Approved' },
  declined: { skin: 'danger', text: 'Declined' },
  withdrawn: { skin: 'neutralLight', text: 'Withdrawn' },
};

export function RequestBadge({ status }: { status: AccessRequest['status'] }) {
  const { skin, text } = LOOK[status];
  return <Badge size="small" skin={skin} uppercase={false}>{text}</Badge>;
}
