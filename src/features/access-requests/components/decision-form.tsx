import { Box, Button, FormField, Input } from '@wix/design-system';
import { useState } from 'react';
import { NOT_SURE_ROLE, type AccessRequest } from '../../../access/requests/access-request';
import { REQUESTABLE_ROLES } from '../../../access/requests/request-input';
import { Select } from '../../../ui/select';

const ROLES = REQUESTABLE_ROLES.filter((r) => r !== NOT_SURE_ROLE).map((title) => ({ id: title, label: title }));

interface Props {
  request: AccessRequest;
  busy: boolean;
  onApprove(roleTitle: string, reason: string): void;
  onDecline(reason: string): void;
}

/** The owner's decision on one request: the role to give (asked when the requester was not sure) and a reason. */
export function DecisionForm({ request, busy, onApprove, onDecline }: Props) {
  const [role, setRole] = useState(request.roleTitle === NOT_SURE_ROLE ? '' : request.roleTitle);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const decide = (approve: boolean) => {
    if (reason.trim() === '') return setProblem('Give a reason: it is kept in the access log and shown to the requester.');
    if (approve && role === '') return setProblem('Choose the role to give.');
    setProblem(null);
    return approve ? onApprove(role, reason) : onDecline(reason);
  };
  const id = `decide-${request._id}`;
  return (
    <Box gap="SP3" verticalAlign="bottom">
      <Box direction="vertical" width="220px">
        <FormField label="Role to give" id={`${id}-role`}>
          <Select id={`${id}-role`} value={role} options={ROLES} placeholder="Choose a role" onChange={setRole} />
        </FormField>
      </Box>
      <Box direction="vertical" width="320px">
        <FormField
          label={`Reason for ${request.email}`}
          id={`${id}-reason`}
          status={problem ? 'error' : undefined}
          statusMessage={problem ?? undefined}
        >
          <Input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
        </FormField>
      </Box>
      <Button size="small" disabled={busy} onClick={() => decide(true)} aria-label={`Approve ${request.email}`}>
        Approve
      </Button>
      <Button
        size="small"
        priority="secondary"
        skin="destructive"
        disabled={busy}
        onClick={() => decide(false)}
        aria-label={`Decline ${request.email}`}
      >
        Decline
      </Button>
    </Box>
  );
}
