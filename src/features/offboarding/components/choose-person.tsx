import { Box, Card, FormField, Input, Table, Text } from '@wix/design-system';
import { useState } from 'react';
import { accessChangeBlocker } from '../../../access/guards';
import type { Offboarding } from '../../../access/offboarding';
import { roleTitles, type Contributor, type Role } from '../../../access/people';
import { EmptyCard } from '../../../ui/empty-card';
import { HandoverNotice } from './handover-notice';
import { PersonAction } from './person-action';
import { WizardStepper } from './wizard-stepper';

interface Props {
  people: Contributor[];
  roles: Role[];
  records: Offboarding[];
  /** Someone handed over by another job (the access review's "remove", a support pass). */
  handoverAccountId?: string;
  onOpen: (offboardingId: string) => void;
}

const matches = (person: Contributor, roles: Role[], search: string) =>
  [person.name, person.email, roleTitles(person.roleIds, roles)].some((field) => field.toLowerCase().includes(search));

/** Step 1: search the people with access and choose who to offboard. */
export function ChoosePerson({ people, roles, records, handoverAccountId, onOpen }: Props) {
  const [search, setSearch] = useState('');
  const term = search.trim().toLowerCase();
  const shown = people.filter((person) => !term || matches(person, roles, term));
  const inProgress = (person: Contributor) => records.find((r) => r.status === 'in-progress' && r.accountId === person.accountId);
  const handover = people.find((p) => p.accountId === handoverAccountId);
  const columns = [
    {
      title: 'Person',
      render: (p: Contributor) => {
        const blocker = accessChangeBlocker(p, people, roles);
        return (
          <Box direction="vertical">
            <Text size="small" weight="bold" ellipsis>
              {p.name}
            </Text>
            <Text size="small" ellipsis>
              {p.email || '—'}
            </Text>
            {blocker && (
              <Text size="tiny" secondary>
                {blocker}
              </Text>
            )}
          </Box>
        );
      },
    },
    {
      title: 'Role',
      width: '30%',
      render: (p: Contributor) => (
        <Text size="small" ellipsis maxLines={2}>
          {roleTitles(p.roleIds, roles)}
        </Text>
      ),
    },
    {
      title: 'Offboard',
      width: '168px',
      render: (p: Contributor) => <PersonAction person={p} people={people} roles={roles} existing={inProgress(p)} onOpen={onOpen} />,
    },
  ];
  return (
    <Card>
      <Card.Header
        title="Offboard someone"
        subtitle="Remove someone properly: plan, remove, secure the site, verify and document, as the contributor-management guide asks."
      />
      <Card.Divider />
      <Box direction="vertical" gap="SP4" padding="SP4">
        <WizardStepper active="choose" />
        {handover && <HandoverNotice person={handover} people={people} roles={roles} existing={inProgress(handover)} onOpen={onOpen} />}
        <Box width="360px">
          <FormField id="offboarding-search" label="Search people with access">
            <Input id="offboarding-search" placeholder="Name, email or role" value={search} onChange={(e) => setSearch(e.target.value)} />
          </FormField>
        </Box>
      </Box>
      {shown.length === 0 ? (
        <EmptyCard title="Nobody matches">Nobody with access matches this search. Check the spelling or clear the search.</EmptyCard>
      ) : (
        <Table data={shown} columns={columns} rowVerticalPadding="small">
          <Table.Content />
        </Table>
      )}
    </Card>
  );
}
