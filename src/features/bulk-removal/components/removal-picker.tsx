import { Box, Button, Card, Checkbox, FormField, InputArea, Table, Text } from '@wix/design-system';
import { useState } from 'react';
import { plural } from '../../../access/format';
import { reasonProblem } from '../../../access/guards';
import { isOwner, roleTitles, type Contributor, type Role } from '../../../access/people';

interface Props {
  people: Contributor[];
  roles: Role[];
  onRemove: (targets: Contributor[], reason: string) => void;
}

/** Pick several people and give one reason. The owner cannot be picked. */
export function RemovalPicker({ people, roles, onRemove }: Props) {
  const [picked, setPicked] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const problem = reasonProblem(reason, true);
  const targets = people.filter((p) => picked.includes(p.accountId));
  const toggle = (id: string) => setPicked(picked.includes(id) ? picked.filter((p) => p !== id) : [...picked, id]);
  const submit = () => {
    setTouched(true);
    if (!problem && targets.length > 0) onRemove(targets, reason.trim());
  };
  const columns = [
    {
      title: 'Person',
      render: (p: Contributor) =>
        isOwner(p, roles) ? (
          <Checkbox disabled checked={false}>{`${p.name} (site owner: hand the site over instead)`}</Checkbox>
        ) : (
          <Checkbox checked={picked.includes(p.accountId)} onChange={() => toggle(p.accountId)}>{`${p.name} (${p.email})`}</Checkbox>
        ),
    },
    { title: 'Role', render: (p: Contributor) => <Text size="small">{roleTitles(p.roleIds, roles)}</Text> },
  ];
  return (
    <Card>
      <Card.Header
        title="Remove several people"
        subtitle="The guide's way: remove one by one, document each removal, then verify everyone is gone. Site Access does all three."
      />
      <Card.Divider />
      <Table data={people} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
      <Card.Content>
        <Box direction="vertical" gap="SP3">
          <FormField
            label="Reason (kept in the access log for each person)"
            id="bulk-removal-reason"
            required
            {...(touched && problem ? { status: 'error' as const, statusMessage: problem } : {})}
          >
            <InputArea id="bulk-removal-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <Box>
            <Button skin="destructive" disabled={targets.length === 0} onClick={submit}>
              {targets.length ? `Remove ${plural(targets.length, 'person', 'people')}` : 'Pick the people to remove'}
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
