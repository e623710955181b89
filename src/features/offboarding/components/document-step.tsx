import { Box, Button, SectionHelper, Table, Text, TextButton } from '@wix/design-system';
import { formatDateTime, plural } from '../../../access/format';
import type { Offboarding, RecordStep } from '../../../access/offboarding';
import { progressText } from '../../../access/offboarding-checks';
import { documentationRow, type DocumentationRow } from '../../../access/offboarding-summary';
import { openChecks } from '../../../access/security-checklist';
import { useNavigation } from '../../../page/navigation';
import { TeamMessage } from './team-message';

const COLUMNS: { title: string; key: keyof DocumentationRow }[] = [
  { title: 'User', key: 'user' },
  { title: 'Email', key: 'email' },
  { title: 'Role', key: 'role' },
  { title: 'Added', key: 'added' },
  { title: 'Removed', key: 'removed' },
  { title: 'Reason', key: 'reason' },
  { title: 'Removed by', key: 'removedBy' },
];

/** Step 6: the access-log entry in the guide's columns, and a message to copy for the team. */
export function DocumentStep({ record, onOpenStep }: { record: Offboarding; onOpenStep: (step: RecordStep) => void }) {
  const { openTab } = useNavigation();
  const open = openChecks(record.checks);
  const documented = `Documented ${record.documentedAt ? formatDateTime(record.documentedAt) : ''} in the access log. Export the log as CSV to keep a copy off the site.`;
  const columns = COLUMNS.map(({ title, key }) => ({
    title,
    render: (row: DocumentationRow) => <Text size="small">{row[key] || '—'}</Text>,
  }));
  return (
    <Box direction="vertical" gap="SP4">
      {open.length === 0 ? (
        <SectionHelper skin="success" title="Offboarding complete">
          <Text size="small">{documented}</Text>
        </SectionHelper>
      ) : (
        <SectionHelper skin="warning" title={`Still in progress: ${plural(open.length, 'security check')} open`}>
          <Text size="small">{`${documented} The offboarding is complete once every security check is done or skipped with a reason.`}</Text>
        </SectionHelper>
      )}
      <Table data={[documentationRow(record)]} columns={columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
      <Box gap="SP2" verticalAlign="middle">
        <Text size="small">
          {`Security follow-up: ${progressText(record)}.`}
          {open.length > 0 && ' Open checks are listed in the message.'}
        </Text>
        {open.length > 0 && (
          <TextButton size="small" onClick={() => onOpenStep('security')}>
            Finish the checks
          </TextButton>
        )}
      </Box>
      <TeamMessage record={record} />
      <Box>
        <Button priority="secondary" onClick={() => openTab('log')}>
          Open the access log
        </Button>
      </Box>
    </Box>
  );
}
