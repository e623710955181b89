import { Box, Button, Card, FormField, Input, InputArea, RadioGroup } from '@wix/design-system';
import { useState } from 'react';
import { requestProblems, REQUESTABLE_ROLES, type RequestField } from '../../../access/requests/request-input';
import { useServices } from '../../../page/services';
import { Select } from '../../../ui/select';
import { useSubmitRequest } from '../use-submit-request';

const EMPTY = { email: '', roleTitle: '', justification: '', duration: 'permanent', until: '', department: '' };
const ROLE_OPTIONS = REQUESTABLE_ROLES.map((title) => ({ id: title, label: title }));

/**
 * Ask for access for yourself or a teammate: who, which role (or "Not sure"), why, how long. The owner or
 * a co-owner decides; the backend names you as the requester.
 */
export function RequestForm({ defaultEmail = '' }: { defaultEmail?: string }) {
  const { clock, dashboard } = useServices();
  const submit = useSubmitRequest();
  const [form, setForm] = useState({ ...EMPTY, email: defaultEmail });
  const [problems, setProblems] = useState<Partial<Record<RequestField, string>>>({});
  const change = (patch: Partial<typeof EMPTY>) => setForm((current) => ({ ...current, ...patch }));
  const field = (name: RequestField) => ({ status: problems[name] ? ('error' as const) : undefined, statusMessage: problems[name] });
  const send = () => {
    if (submit.isLoading) return;
    const input = {
      email: form.email,
      roleTitle: form.roleTitle,
      justification: form.justification,
      until: form.duration === 'date' ? form.until || 'none' : '',
      department: form.department,
    };
    const found = requestProblems(input, clock());
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    submit.mutate(input, {
      onSuccess: ({ request }) => {
        setForm({ ...EMPTY, email: defaultEmail });
        dashboard.showToast({
          message: `Request for ${request.email} sent. The site owner decides; you see the outcome under My requests.`,
          type: 'success',
        });
      },
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  };
  return (
    <Card>
      <Card.Header
        title="Request access"
        subtitle="Ask for access for yourself or a teammate. The site owner or a co-owner approves or declines it, with a reason."
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical" gap="SP4">
          <Box gap="SP4">
            <Box direction="vertical" width="50%">
              <FormField label="Email of the person who needs access" id="request-email" required {...field('email')}>
                <Input id="request-email" value={form.email} onChange={(e) => change({ email: e.target.value })} />
              </FormField>
            </Box>
            <Box direction="vertical" width="50%">
              <FormField label="Role requested" id="request-role" required {...field('roleTitle')}>
                <Select
                  id="request-role"
                  value={form.roleTitle}
                  options={ROLE_OPTIONS}
                  placeholder="Choose a role"
                  invalid={Boolean(problems.roleTitle)}
                  onChange={(roleTitle) => change({ roleTitle })}
                />
              </FormField>
            </Box>
          </Box>
          <FormField label="Why is it needed?" id="request-justification" required {...field('justification')}>
            <InputArea
              id="request-justification"
              rows={2}
              value={form.justification}
              onChange={(e) => change({ justification: e.target.value })}
            />
          </FormField>
          <FormField label="How long" {...field('until')}>
            <Box direction="vertical" gap="SP2">
              <RadioGroup display="horizontal" value={form.duration} onChange={(duration) => change({ duration: String(duration) })}>
                <RadioGroup.Radio value="permanent">Permanent</RadioGroup.Radio>
                <RadioGroup.Radio value="date">Until a date</RadioGroup.Radio>
              </RadioGroup>
              {form.duration === 'date' && (
                <Box width="220px">
                  <Input
                    type="date"
                    ariaLabel="Access until"
                    value={form.until}
                    status={problems.until ? 'error' : undefined}
                    onChange={(e) => change({ until: e.target.value })}
                  />
                </Box>
              )}
            </Box>
          </FormField>
          <FormField label="Department or notes" id="request-department" {...field('department')}>
            <Input id="request-department" value={form.department} onChange={(e) => change({ department: e.target.value })} />
          </FormField>
          <Box align="right">
            <Button onClick={send} disabled={submit.isLoading}>
              {submit.isLoading ? 'Sending…' : 'Send request'}
            </Button>
          </Box>
        </Box>
      </Card.Content>
    </Card>
  );
}
