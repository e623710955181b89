import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import { grantsCoOwner, type CheckedRow, type ReadyRow } from '../../../access/invite-sheet-check';
import { plural } from '../../../access/format';
import { useServices } from '../../../page/services';
import type { InviteRowOutcome } from '../../../access/bulk-invite-rows';
import { LoadError } from '../../../page/load-error';
import { WelcomeMessagePanel } from '../../../page/welcome-message/welcome-message-panel';
import { checkSheet } from '../check-sheet';
import { useBulkSite } from '../use-bulk-site';
import { useSendBulkInvites } from '../use-send-bulk-invites';
import { PreparedList } from './prepared-list';
import { PreviewTable } from './preview-table';
import { ResultsTable } from './results-table';
import { SheetInput } from './sheet-input';

type Checked = { rows: CheckedRow[]; notices: string[] };
/** `prepared`: the guided list (no key), kept in page state only (no app collection fits a list nobody sent). */
type Stage =
  | { step: 'input'; problem: string | null }
  | ({ step: 'preview' } & Checked)
  | ({ step: 'prepared' } & Checked)
  | { step: 'results'; outcomes: InviteRowOutcome[] };

const busy = (text: string) => (
  <Card>
    <Box align="center" padding="SP10">
      <Loader size="medium" text={text} />
    </Box>
  </Card>
);

/**
 * Bulk invites from the guide's spreadsheet: read, check every row, then with a connected key confirm,
 * send per role and show results; without one, a prepared list to work through in Roles & Permissions.
 */
export function BulkInvitesSection() {
  const { dashboard } = useServices();
  const send = useSendBulkInvites();
  const [stage, setStage] = useState<Stage>({ step: 'input', problem: null });
  const bulk = useBulkSite({ poll: stage.step === 'prepared' });

  if (bulk.status === 'loading') return busy('Loading the people with access…');
  if (bulk.status === 'error') return <LoadError error={bulk.error} onRetry={bulk.retry} />;

  const check = (text: string) => {
    const result = checkSheet(text, bulk.site);
    if (!result.ok) setStage({ step: 'input', problem: result.problem });
    else setStage({ step: bulk.guided ? 'prepared' : 'preview', rows: result.rows, notices: result.notices });
  };
  const confirmAndSend = async (rows: ReadyRow[]) => {
    const skipped = stage.step === 'preview' ? stage.rows.length - rows.length : 0;
    const coOwners = rows.filter(grantsCoOwner).length;
    const confirmed = await dashboard.confirm({
      title: `Send ${plural(rows.length, 'invite')}?`,
      message: [
        'Wix emails each person an invite that is valid for 30 days.',
        coOwners ? `${plural(coOwners, 'invite gives', 'invites give')} co-owner access (Admin (Co-Owner)): full control of the site.` : '',
        skipped ? `${plural(skipped, 'row')} with problems will not be sent.` : '',
      ]
        .filter(Boolean)
        .join(' '),
      confirmLabel: 'Send invites',
    });
    if (!confirmed) return;
    send.mutate(rows, {
      onSuccess: (outcomes) => {
        const sent = outcomes.filter((o) => o.status === 'sent').length;
        const failures = outcomes.length - sent;
        dashboard.showToast({
          message: `${plural(sent, 'invite')} sent${failures ? `, ${failures} failed` : ''}.`,
          type: failures ? 'warning' : 'success',
        });
        setStage({ step: 'results', outcomes });
      },
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  };
  const startOver = () => setStage({ step: 'input', problem: null });

  if (send.isLoading)
    return busy(`Sending invites: role ${Math.min(send.progress.done + 1, send.progress.total)} of ${send.progress.total}…`);
  if (stage.step === 'prepared') {
    const { rows, notices } = stage;
    const people = bulk.site.people;
    return (
      <PreparedList {...{ rows, notices, people }} checking={bulk.checking} onCheckNow={bulk.checkWhoJoined} onStartOver={startOver} />
    );
  }
  if (stage.step === 'preview')
    return <PreviewTable rows={stage.rows} notices={stage.notices} onSend={confirmAndSend} onStartOver={startOver} />;
  if (stage.step === 'results') {
    const sentRoles = bulk.roles.filter((role) => stage.outcomes.some((o) => o.status === 'sent' && o.roleTitle === role.title));
    return (
      <>
        <ResultsTable outcomes={stage.outcomes} onStartOver={startOver} />
        {sentRoles.length > 0 && <WelcomeMessagePanel roles={sentRoles} title="Welcome the people you invited" />}
      </>
    );
  }
  return <SheetInput problem={stage.problem} onCheck={check} onProblem={(problem) => setStage({ step: 'input', problem })} />;
}
