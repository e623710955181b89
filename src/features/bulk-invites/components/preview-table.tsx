import { Badge, Box, Button, Card, SectionHelper, Table, Text } from '@wix/design-system';
import { isReady, type CheckedRow, type ReadyRow } from '../../../access/invite-sheet-check';
import { plural } from '../../../access/format';
import { groupByRole } from '../../../operations/bulk-invites';

interface Props {
  rows: CheckedRow[];
  notices: string[];
  onSend: (rows: ReadyRow[]) => void;
  onStartOver: () => void;
}

const columns = [
  { title: 'Line', width: '60px', render: (r: CheckedRow) => <Text size="small">{r.line}</Text> },
  { title: 'Email', render: (r: CheckedRow) => <Text size="small">{r.email || '—'}</Text> },
  { title: 'Role', render: (r: CheckedRow) => <Text size="small">{r.role?.title ?? (r.roleText || '—')}</Text> },
  { title: 'Notes', render: (r: CheckedRow) => <Text size="small" secondary>{r.notes}</Text> },
  {
    title: 'Check',
    render: (r: CheckedRow) =>
      r.problem ? <Text size="small" skin="error">{r.problem}</Text> : <Badge size="small" skin="success">Ready</Badge>,
  },
];

/** The checked list: what will be sent, and each row's problem. The owner confirms from here. */
export function PreviewTable({ rows, notices, onSend, onStartOver }: Props) {
  const ready = rows.filter(isReady);
  const problems = rows.length - ready.length;
  const groups = groupByRole(ready);
  const byRole = groups.map((g) => `${g[0]?.role.title ?? ''} (${g.length})`).join(', ');
  return (
    <Card>
      <Card.Header
        title={`${plural(rows.length, 'row')} checked: ${ready.length} ready, ${plural(problems, 'row')} with problems`}
        subtitle={ready.length ? `Sent in ${plural(groups.length, 'Wix invite call')}, one per role: ${byRole}. Rows with problems are not sent.` : 'Fix the rows below and check the list again.'}
        suffix={
          <Box gap="SP2">
            <Button priority="secondary" onClick={onStartOver}>Start over</Button>
            <Button disabled={ready.length === 0} onClick={() => onSend(ready)}>{`Send ${plural(ready.length, 'invite')}`}</Button>
          </Box>
        }
      />
      {notices.map((notice) => (
        <Box key={notice} paddingLeft="SP6" paddingRight="SP6" paddingBottom="SP3">
          <SectionHelper appearance="standard"><Text size="small">{notice}</Text></SectionHelper>
        </Box>
      ))}
      <Card.Divider />
      <Table data={rows} columns={columns} rowVerticalPadding="tiny">
        <Table.Content />
      </Table>
    </Card>
  );
}
