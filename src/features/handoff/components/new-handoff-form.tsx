import { Box, Button, Card, Checkbox, FormField, Input, Text } from '@wix/design-system';
import { useState } from 'react';
import { newHandoffProblems, TRANSFERS, type Handoff, type NewHandoff, type TransferId } from '../../../access/handoff';
import { useOperationContext, useServices } from '../../../page/services';
import { useCreateHandoff } from '../use-create-handoff';

interface Props {
  handoffs: Handoff[];
  onCancel: () => void;
  onCreated: (id: string) => void;
}

const status = (problem?: string) => (problem ? { status: 'error' as const, statusMessage: problem } : {});

/** Who the site goes to, who hands it over, and what transfers. */
export function NewHandoffForm({ handoffs, onCancel, onCreated }: Props) {
  const { dashboard } = useServices();
  const { actor } = useOperationContext();
  const create = useCreateHandoff();
  const [form, setForm] = useState<NewHandoff>({ newOwnerEmail: '', newOwnerName: '', handedOverBy: actor, transfers: ['site'] });
  const [touched, setTouched] = useState(false);
  const problems = touched ? newHandoffProblems(form, handoffs) : {};
  const edit = (field: 'newOwnerEmail' | 'newOwnerName' | 'handedOverBy') => (e: { target: { value: string } }) =>
    setForm({ ...form, [field]: e.target.value });
  const toggle = (id: TransferId) =>
    setForm({ ...form, transfers: form.transfers.includes(id) ? form.transfers.filter((t) => t !== id) : [...form.transfers, id] });
  const submit = () => {
    setTouched(true);
    if (Object.keys(newHandoffProblems(form, handoffs)).length > 0) return;
    create.mutate(form, {
      onSuccess: (saved) => onCreated(saved._id),
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  };
  return (
    <Card>
      <Card.Header
        title="Start a handoff"
        subtitle="The checklist follows the contributor-management guide. Nothing changes in Wix until you start the transfer there."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4" maxWidth="640px">
          <FormField label="New owner's email" id="handoff-email" required {...status(problems.newOwnerEmail)}>
            <Input id="handoff-email" value={form.newOwnerEmail} onChange={edit('newOwnerEmail')} />
          </FormField>
          <FormField label="New owner's name" id="handoff-name" {...status(problems.newOwnerName)}>
            <Input id="handoff-name" value={form.newOwnerName} onChange={edit('newOwnerName')} />
          </FormField>
          <FormField label="Handed over by (previous owner or agency)" id="handoff-by" {...status(problems.handedOverBy)}>
            <Input id="handoff-by" value={form.handedOverBy} onChange={edit('handedOverBy')} />
          </FormField>
          <Box direction="vertical" gap="SP2">
            <Text weight="bold" size="small">
              What transfers
            </Text>
            {(Object.keys(TRANSFERS) as TransferId[]).map((id) => (
              <Checkbox key={id} checked={form.transfers.includes(id)} disabled={id === 'site'} onChange={() => toggle(id)}>
                {TRANSFERS[id]}
              </Checkbox>
            ))}
          </Box>
          <Box gap="SP2">
            <Button onClick={submit} disabled={create.isLoading}>
              {create.isLoading ? 'Starting…' : 'Start the checklist'}
            </Button>
            <Button priority="secondary" onClick={onCancel}>
              Cancel
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
