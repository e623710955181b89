import { Box, Button, Card, SectionHelper, Text } from '@wix/design-system';
import { coOwnerWarning, grantsCoOwner, isReady, type CheckedRow, type ReadyRow } from '../../../access/invite-sheet-check';
import { plural } from '../../../access/format';
import { groupByRole } from '../../../access/bulk-invite-rows';
import { FastTable, type FastColumn } from '../../../ui/fast-table';
import { PlainBadge, PlainText, Stack } from '../../../ui/plain';

interface Props {
  rows: CheckedRow[];
  notices: string[];
  onSend: (rows: ReadyRow[]) => void;
  onStartOver: () => void;
}

const columns: FastColumn<CheckedRow>[] = [
  { title: 'Line', width: '48px', cell: (r) => r.line },
  { title: 'Email', width: '24%', cell: (r) => r.email || '—' },
  {
    title: 'Role',
    width: '16%',
    cell: (r) => (
      <Stack>
        <span>{r.role?.title ?? (r.roleText || '—')}</span>
        {grantsCoOwner(r) && (
          <PlainBadge size="tiny" skin="warningLight">
            Co-owner access
          </PlainBadge>
        )}
      </Stack>
    ),
  },
  { title: 'Notes', width: '20%', cell: (r) => <PlainText secondary>{r.notes}</PlainText> },
  {
    title: 'Check',
    cell: (r) => {
      if (r.problem) return <PlainText error>{r.problem}</PlainText>;
      const warning = coOwnerWarning(r);
      return (
        <Stack>
          <PlainBadge size="tiny" skin="neutralSuccess">
            Ready
          </PlainBadge>
          {warning && <PlainText secondary>{warning}</PlainText>}
        </Stack>
      );
    },
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
        subtitle={
          ready.length
            ? `Sent in ${plural(groups.length, 'Wix invite call')}, one per role: ${byRole}. Rows with problems are not sent.`
            : 'Fix the rows below and check the list again.'
        }
        suffix={
          <Box gap="SP2">
            <Button priority="secondary" onClick={onStartOver}>
              Start over
            </Button>
            <Button disabled={ready.length === 0} onClick={() => onSend(ready)}>{`Send ${plural(ready.length, 'invite')}`}</Button>
          </Box>
        }
      />
      {notices.map((notice) => (
        <Box key={notice} paddingLeft="SP6" paddingRight="SP6" paddingBottom="SP3">
          <SectionHelper skin="standard">
            <Text size="small">{notice}</Text>
          </SectionHelper>
        </Box>
      ))}
      <Card.Divider />
      <FastTable rows={rows} columns={columns} rowKey={(r) => r.line} />
    </Card>
  );
}
