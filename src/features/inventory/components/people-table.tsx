import { Card, Table, Text } from '@wix/design-system';
import { formatDate, plural, timeAgo } from '../../../access/format';
import { roleTitles, type Contributor, type Role } from '../../../access/people';
import { useServices } from '../../../app/app-context';

interface Props {
  people: Contributor[];
  roles: Role[];
}

/** Everyone with access: name, email, role, joined. */
export function PeopleTable({ people, roles }: Props) {
  const { clock } = useServices();
  const now = clock();
  const columns = [
    {
      title: 'Name',
      render: (p: Contributor) => <Text>{p.name}</Text>,
    },
    { title: 'Email', render: (p: Contributor) => <Text size="small">{p.email || '—'}</Text> },
    { title: 'Role', render: (p: Contributor) => <Text size="small">{roleTitles(p.roleIds, roles)}</Text> },
    {
      title: 'Joined',
      render: (p: Contributor) =>
        p.joinedAt ? (
          <Text size="small">
            {formatDate(p.joinedAt)} <Text size="small" secondary>· {timeAgo(p.joinedAt, now)}</Text>
          </Text>
        ) : (
          <Text size="small" secondary>Unknown</Text>
        ),
    },
  ];
  return (
    <Card>
      <Card.Header title="People with access" subtitle={`${plural(people.length, 'person', 'people')} can get into this site.`} />
      <Card.Divider />
      <Table data={people} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
    </Card>
  );
}
