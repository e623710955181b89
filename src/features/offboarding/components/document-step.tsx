import { Box, Button, SectionHelper, Table, Text, TextButton } from '@wix/design-system';
import { formatDateTime, plural } from '../../../access/format';
import type { Offboarding, RecordStep } from '../../../access/offboarding';
import { checksProgress, documentationRow, type DocumentationRow } from '../../../access/offboarding-summary';
import { openChecks } from '../../../access/security-checklist';
import { useNavigation } from '../../../app/navigation';
import { TeamMessage } from './team-message';

const COLUMNS: { title: string; key: keyof DocumentationRow }[] = [
  { title: 'User', key: 'user' }, { title: 'Email', key: 'email' }, { title: 'Role', key: 'role' }, { title: 'Added', key: 'added' },
  { title: 'Removed', key: 'removed' }, { title: 'Reason', key: 'reason' }, { title: 'Removed by', key: 'removedBy' },
];

/** Step 6: the access-log entry in the guide's columns, and a message to copy for the team. */
export function DocumentStep({ record, onOpenStep }: { record: Offboarding; onOpenStep: (step: RecordStep) => void }) {
  const { openTab } = useNavigation();
  const { done, total } = checksProgress(record);
  const open = openChecks(record.checks);
  const columns = COLUMNS.map(({ title, key }) => ({ title, render: (row: DocumentationRow) => <Text size="small">{row[key] || '—'}</Text> }));
  return (
    <Box direction="vertical" gap="SP4">
      <SectionHelper skin="success" title="Offboarding complete">
        <Text size="small">{`Documented ${record.documentedAt ? formatDateTime(record.documentedAt) : ''} in the access log. Export the log as CSV to keep a copy off the site.`}</Text>
      </SectionHelper>
      <Table data={[documentationRow(record)]} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
      <Box gap="SP2" verticalAlign="middle">
        <Text size="small">
          {`Security follow-up: ${done} of ${total} checks done.`}
          {open.length > 0 && ` ${plural(open.length, 'check')} still open: they stay on this offboarding and are listed in the message.`}
        </Text>
        {open.length > 0 && <TextButton size="small" onClick={() => onOpenStep('security')}>Finish the checks</TextButton>}
      </Box>
      <TeamMessage record={record} />
      <Box><Button priority="secondary" onClick={() => openTab('log')}>Open the access log</Button></Box>
    </Box>
  );
}
