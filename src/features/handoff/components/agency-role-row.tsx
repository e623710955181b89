import { useQuery } from '@tanstack/react-query';
import { Box, Button, Checkbox, FormField, Input, Text } from '@wix/design-system';
import { useState } from 'react';
import { z } from 'zod';
import { stampOf, type Handoff } from '../../../access/handoff';
import type { ChecklistItem } from '../../../access/handoff-checklist';
import { normalizeEmail, OWNER_ROLE_TITLE, WEBSITE_MANAGER_ROLE_TITLE } from '../../../access/people';
import { useServices } from '../../../page/services';
import { useNavigation } from '../../../page/navigation';
import { peopleQuery } from '../../../page/site-queries';
import { Select } from '../../../ui/select';
import type { ChecklistActions } from './checklist-phase';
import { StampText } from './checklist-item-row';

/** If the agency keeps a role, it becomes a time-boxed support pass (the support tab takes it from here). */
export function AgencyRoleRow({ item, handoff, actions }: { item: ChecklistItem; handoff: Handoff; actions: ChecklistActions }) {
  const { gateway } = useServices();
  const { openTab } = useNavigation();
  const people = useQuery(peopleQuery(gateway));
  const [email, setEmail] = useState('');
  const [roleTitle, setRoleTitle] = useState(WEBSITE_MANAGER_ROLE_TITLE);
  const [problem, setProblem] = useState<string | null>(null);
  const stamp = stampOf(handoff, item.id);
  const roles = (people.data?.roles ?? []).filter((r) => r.title !== OWNER_ROLE_TITLE);

  const keepAsPass = () => {
    const address = normalizeEmail(email);
    if (!z.email().safeParse(address).success) return setProblem("Enter the agency's email address to give it a support pass.");
    setProblem(null);
    const reason = `Agency kept access after handing the site to ${handoff.newOwnerEmail}`;
    actions.tick({ itemId: item.id, done: true, note: `Support pass for ${address} as ${roleTitle}` }, () =>
      openTab('support', { email: address, role: roleTitle, reason }),
    );
  };
  const chooseEmail = (value: string) => {
    setEmail(value);
    const member = people.data?.people.find((p) => normalizeEmail(p.email) === normalizeEmail(value));
    const current = roles.find((r) => member?.roleIds.includes(r.id));
    if (current) setRoleTitle(current.title);
  };

  if (stamp) {
    return (
      <Box direction="vertical" gap="SP1">
        <Checkbox checked disabled={actions.busy} onChange={() => actions.tick({ itemId: item.id, done: false })}>
          {item.label}
        </Checkbox>
        <Box paddingLeft="SP6">
          <StampText stamp={stamp} />
        </Box>
      </Box>
    );
  }
  return (
    <Box direction="vertical" gap="SP2">
      <Text weight="bold" size="small">
        {item.label}
      </Text>
      <Box gap="SP3" verticalAlign="bottom">
        <FormField label="Agency email" id="agency-email" {...(problem ? { status: 'error' as const, statusMessage: problem } : {})}>
          <Input id="agency-email" value={email} onChange={(e) => chooseEmail(e.target.value)} />
        </FormField>
        <FormField label="Role it keeps" id="agency-role">
          <Select
            id="agency-role"
            value={roleTitle}
            options={roles.map((r) => ({ id: r.title, label: r.title }))}
            onChange={setRoleTitle}
          />
        </FormField>
      </Box>
      <Box gap="SP2">
        <Button size="small" disabled={actions.busy} onClick={keepAsPass}>
          Make it a support pass
        </Button>
        <Button
          size="small"
          priority="secondary"
          disabled={actions.busy}
          onClick={() => actions.tick({ itemId: item.id, done: true, note: 'The agency keeps no role' })}
        >
          The agency keeps no role
        </Button>
      </Box>
    </Box>
  );
}
