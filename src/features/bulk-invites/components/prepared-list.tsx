import { Box, Button, Card, SectionHelper, Text } from '@wix/design-system';
import { csvDataUri, toCsv } from '../../../access/csv';
import { plural } from '../../../access/format';
import { grantsCoOwner, type CheckedRow } from '../../../access/invite-sheet-check';
import { countPrepared, preparedListRows } from '../../../access/invite-sheet-prepared';
import type { Contributor } from '../../../access/people';
import { useServices } from '../../../page/services';
import { FastTable } from '../../../ui/fast-table';
import { useCopyText } from '../../../page/use-copy-text';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { preparedColumns } from './prepared-columns';

interface Props {
  rows: CheckedRow[];
  notices: string[];
  people: readonly Contributor[];
  checking: boolean;
  onCheckNow: () => void;
  onStartOver: () => void;
}

const Notice = ({ skin, text }: { skin: 'standard' | 'warning'; text: string }) => (
  <Box paddingLeft="SP6" paddingRight="SP6" paddingBottom="SP3">
    <SectionHelper skin={skin}>
      <Text size="small">{text}</Text>
    </SectionHelper>
  </Box>
);

/**
 * Guided bulk invites: Wix lets only the owner (or a connected key) send invites, so the checked sheet
 * becomes a list to work through in Roles & Permissions. Nothing is sent or logged from here; people are
 * ticked off as they appear among the contributors.
 */
export function PreparedList({ rows, notices, people, checking, onCheckNow, onStartOver }: Props) {
  const { dashboard } = useServices();
  const copyText = useCopyText();
  const counts = countPrepared(rows, people);
  const prepared = counts.toInvite + counts.joined;
  const coOwners = rows.filter((row) => row.problem === null && grantsCoOwner(row)).length;
  const columns = preparedColumns(people, (text, message) => void copyText(text, message));
  return (
    <Card>
      <Card.Header
        title={`${plural(rows.length, 'row')} checked: ${prepared} to invite in Wix, ${plural(counts.notPrepared, 'row')} with problems`}
        subtitle={
          `Without a connected API key only you can send invites, in Wix's Roles & Permissions: invite each person with the role shown. ` +
          `${counts.joined} of ${prepared} joined so far; they are ticked off as they appear (checked every 30 seconds).`
        }
      />
      {/* The actions wrap under the title so a 1024 px dashboard never pushes them out of the card. */}
      <Box gap="SP2" paddingLeft="SP4" paddingRight="SP4" paddingBottom="SP3" flexWrap="wrap">
        <Button onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>Open Roles & Permissions</Button>
        <Button priority="secondary" onClick={onCheckNow} disabled={checking}>
          Check who joined
        </Button>
        <Button as="a" priority="secondary" href={csvDataUri(toCsv(preparedListRows(rows, people)))} download="bulk-invite-list.csv">
          Download list (CSV)
        </Button>
        <Button priority="secondary" onClick={onStartOver}>
          Start over
        </Button>
      </Box>
      <Notice
        skin="standard"
        text="This list lives on this page only: it is gone when you reload or leave Bulk invites. Download it to keep it."
      />
      {coOwners > 0 && (
        <Notice
          skin="warning"
          text={`${plural(coOwners, 'row gives', 'rows give')} co-owner access (Admin (Co-Owner)): full control of the site, like yours. Check each flagged row before inviting.`}
        />
      )}
      {notices.map((notice) => (
        <Notice key={notice} skin="standard" text={notice} />
      ))}
      <Card.Divider />
      <FastTable rows={rows} columns={columns} rowKey={(r) => r.line} />
    </Card>
  );
}
