import { Box, SectionHelper, Text } from '@wix/design-system';
import { accessChangeBlocker } from '../../../access/guards';
import { roleTitles } from '../../../access/people';
import { PersonAction, type PersonActionProps } from './person-action';

type Props = Omit<PersonActionProps, 'primary'>;

/** The person another job handed over, chosen already: one click starts (or continues) their offboarding. */
export function HandoverNotice({ person, people, roles, existing, onOpen }: Props) {
  const blocker = accessChangeBlocker(person, people, roles);
  return (
    <SectionHelper skin={blocker ? 'warning' : 'standard'} title={`Offboard ${person.name}?`}>
      <Box direction="vertical" gap="SP2">
        <Text size="small">{`${person.name} (${person.email || 'no email'}) · ${roleTitles(person.roleIds, roles)}`}</Text>
        {blocker ? (
          <Text size="small">{blocker}</Text>
        ) : (
          <PersonAction person={person} people={people} roles={roles} existing={existing} onOpen={onOpen} primary />
        )}
      </Box>
    </SectionHelper>
  );
}
