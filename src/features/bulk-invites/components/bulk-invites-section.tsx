import { useQuery } from '@tanstack/react-query';
import { Box, Card, Loader } from '@wix/design-system';
import { useState } from 'react';
import type { CheckedRow, ReadyRow } from '../../../access/invite-sheet-check';
import { plural } from '../../../access/format';
import { useServices } from '../../../app/app-context';
import type { InviteRowOutcome } from '../../../operations/bulk-invites';
import { invitesQuery, peopleQuery } from '../../../operations/site-queries';
import { LoadError } from '../../../ui/load-error';
import { WelcomeMessagePanel } from '../../../ui/welcome-message/welcome-message-panel';
import { checkSheet } from '../check-sheet';
import { useSendBulkInvites } from '../use-send-bulk-invites';
import { PreviewTable } from './preview-table';
import { ResultsTable } from './results-table';
import { SheetInput } from './sheet-input';

type Stage = { step: 'input'; problem: string | null } | { step: 'preview'; rows: CheckedRow[]; notices: string[] } | { step: 'results'; outcomes: InviteRowOutcome[] };

const busy = (text: string) => (
  <Card><Box align="center" padding="SP10"><Loader size="medium" text={text} /></Box></Card>
);

/** Bulk invites from the guide's spreadsheet: read, check every row, confirm, send per role, results. */
export function BulkInvitesSection() {
  const { gateway, dashboard, clock } = useServices();
  const people = useQuery(peopleQuery(gateway));
  const invites = useQuery(invitesQuery(gateway));
  const send = useSendBulkInvites();
  const [stage, setStage] = useState<Stage>({ step: 'input', problem: null });

  if (people.isLoading || invites.isLoading) return busy('Loading the people with access…');
  const failed = [people, invites].find((q) => q.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => failed.refetch()} />;
  if (!people.data || !invites.data) return null;
  const site = { ...people.data, invites: invites.data, now: clock() };

  const check = (text: string) => {
    const result = checkSheet(text, site);
    setStage(result.ok ? { step: 'preview', rows: result.rows, notices: result.notices } : { step: 'input', problem: result.problem });
  };
  const confirmAndSend = async (rows: ReadyRow[]) => {
    const skipped = stage.step === 'preview' ? stage.rows.length - rows.length : 0;
    const confirmed = await dashboard.confirm({
      title: `Send ${plural(rows.length, 'invite')}?`,
      message: `Wix emails each person an invite that is valid for 30 days.${skipped ? ` ${plural(skipped, 'row')} with problems will not be sent.` : ''}`,
      confirmLabel: 'Send invites',
    });
    if (!confirmed) return;
    send.mutate(rows, {
      onSuccess: (outcomes) => {
        const sent = outcomes.filter((o) => o.status === 'sent').length;
        const failures = outcomes.length - sent;
        dashboard.showToast({ message: `${plural(sent, 'invite')} sent${failures ? `, ${failures} failed` : ''}.`, type: failures ? 'warning' : 'success' });
        setStage({ step: 'results', outcomes });
      },
      onError: (error) => dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' }),
    });
  };
  const startOver = () => setStage({ step: 'input', problem: null });

  if (send.isLoading) return busy(`Sending invites: role ${Math.min(send.progress.done + 1, send.progress.total)} of ${send.progress.total}…`);
  if (stage.step === 'preview') return <PreviewTable rows={stage.rows} notices={stage.notices} onSend={confirmAndSend} onStartOver={startOver} />;
  if (stage.step === 'results') {
    const sentRoles = people.data.roles.filter((role) => stage.outcomes.some((o) => o.status === 'sent' && o.roleTitle === role.title));
    return (
      <>
        <ResultsTable outcomes={stage.outcomes} onStartOver={startOver} />
        {sentRoles.length > 0 && <WelcomeMessagePanel roles={sentRoles} title="Welcome the people you invited" />}
      </>
    );
  }
  return <SheetInput problem={stage.problem} onCheck={check} onProblem={(problem) => setStage({ step: 'input', problem })} />;
}
