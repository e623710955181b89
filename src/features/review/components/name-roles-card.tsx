import { Box, Button, Card, FormField, Text } from '@wix/design-system';
import { useState } from 'react';
import { UNNAMED_ROLE, type Contributor, type Role } from '../../../access/people';
import { WIX_ROLE_TITLES } from '../../../access/wix-role-titles';
import { useMe } from '../../../page/identity';
import { CardHeader } from '../../../ui/card-header';
import { Select } from '../../../ui/select';
import { useNameRole } from '../use-name-role';

/** The role ids Wix does not name, with who holds each. */
function unnamedRoles(people: readonly Contributor[], roles: readonly Role[]): { id: string; holders: string[] }[] {
  return roles
    .filter((role) => role.title === UNNAMED_ROLE)
    .map((role) => ({ id: role.id, holders: people.filter((p) => p.roleIds.includes(role.id)).map((p) => p.name) }))
    .filter((role) => role.holders.length > 0);
}

function NameRoleRow({ id, holders }: { id: string; holders: string[] }) {
  const nameRole = useNameRole();
  const [title, setTitle] = useState('');
  const fieldId = `role-name-${id}`;
  return (
    <Box gap="SP2" verticalAlign="bottom" dataHook="name-role">
      <Box width="320px">
        <FormField
          label={`Role of ${holders.join(', ')}`}
          id={fieldId}
          status={nameRole.isError ? 'error' : undefined}
          statusMessage={nameRole.isError ? (nameRole.error as Error).message : undefined}
        >
          <Select
            id={fieldId}
            value={title}
            placeholder="As Roles & Permissions shows it"
            onChange={setTitle}
            options={WIX_ROLE_TITLES.map((t) => ({ id: t, label: t }))}
          />
        </FormField>
      </Box>
      <Button size="small" disabled={title === '' || nameRole.isLoading} onClick={() => nameRole.mutate({ roleId: id, title })}>
        {nameRole.isLoading ? 'Saving…' : 'Name role'}
      </Button>
    </Box>
  );
}

/**
 * Wix documents the ids of the Owner and Co-Owner roles only, and names the others only through the owner's
 * account key. Until a role is named, the review cannot say whether it is still appropriate: the owner names
 * each role id once (remembered for the site, logged, marked as named by the owner).
 */
export function NameRolesCard({ people, roles }: { people: readonly Contributor[]; roles: readonly Role[] }) {
  const me = useMe();
  const unnamed = unnamedRoles(people, roles);
  if (unnamed.length === 0) return null;
  return (
    <Card>
      <CardHeader
        title={`${unnamed.length === 1 ? 'A role Wix does not name' : `${unnamed.length} roles Wix does not name`}`}
        subtitle="Wix tells apps the Owner and Admin (Co-Owner) roles only. Name the others as Roles & Permissions shows them, once for this site, so the review can say whether each role is still right."
      />
      <Card.Divider />
      <Card.Content>
        {me?.isOwner === true ? (
          <Box direction="vertical" gap="SP3">
            {unnamed.map((role) => (
              <NameRoleRow key={role.id} id={role.id} holders={role.holders} />
            ))}
          </Box>
        ) : (
          <Text size="small">Only the site owner can name roles. Until then, these roles show as “{UNNAMED_ROLE}”.</Text>
        )}
      </Card.Content>
    </Card>
  );
}
