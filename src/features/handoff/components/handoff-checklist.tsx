import { Badge, Box, Button, Card, Text } from '@wix/design-system';
import type { Handoff } from '../../../access/handoff';
import { PHASES, progressOf, transfersText, type HandoffPhase } from '../../../access/handoff-checklist';
import { formatDate } from '../../../access/format';
import { useServices } from '../../../page/services';
import { useFinishHandoff } from '../use-finish-handoff';
import { useStartTransfer } from '../use-start-transfer';
import { useTickItem, type Tick } from '../use-tick-item';
import { ChecklistPhase, type ChecklistActions } from './checklist-phase';
import { HandoffExport } from './handoff-export';

/** One handoff's checklist: every step stamped with who and when, saved as it goes. */
export function HandoffChecklist({ handoff, onBack }: { handoff: Handoff; onBack: () => void }) {
  const { dashboard } = useServices();
  const tick = useTickItem(handoff);
  const start = useStartTransfer(handoff);
  const finish = useFinishHandoff(handoff);
  const { done, total, complete } = progressOf(handoff);
  const onError = (error: unknown) =>
    dashboard.showToast({ message: error instanceof Error ? error.message : String(error), type: 'error' });
  const actions: ChecklistActions = {
    busy: tick.isLoading || start.isLoading || finish.isLoading || Boolean(handoff.finishedAt),
    tick: (change: Tick, then?: () => void) => tick.mutate(change, { onSuccess: () => then?.(), onError }),
    startTransfer: () =>
      start.mutate(undefined, {
        onSuccess: () => dashboard.showToast({ message: 'Transfer recorded. A reminder is in Tasks & Reminders.', type: 'success' }),
        onError,
      }),
  };
  const who = handoff.newOwnerName ? `${handoff.newOwnerName} (${handoff.newOwnerEmail})` : handoff.newOwnerEmail;
  return (
    <Box direction="vertical" gap="SP4">
      <Card>
        <Card.Header
          title={`Handoff to ${who}`}
          subtitle={`Handed over by ${handoff.handedOverBy || handoff.startedBy} · What transfers: ${transfersText(handoff)} · Started ${formatDate(handoff.startedAt)}`}
          suffix={
            <Box gap="SP3" verticalAlign="middle">
              {handoff.finishedAt ? (
                <Badge skin="neutralSuccess">Finished</Badge>
              ) : (
                <Text size="small">
                  <span style={{ whiteSpace: 'nowrap' }}>{`${done} of ${total} done`}</span>
                </Text>
              )}
              <Button priority="secondary" onClick={onBack}>
                All handoffs
              </Button>
            </Box>
          }
        />
      </Card>
      {handoff.finishedAt && <HandoffExport handoff={handoff} />}
      {(Object.keys(PHASES) as HandoffPhase[]).map((phase) => (
        <ChecklistPhase key={phase} phase={phase} handoff={handoff} actions={actions} />
      ))}
      {!handoff.finishedAt && (
        <Card>
          <Card.Content>
            <Box gap="SP3" verticalAlign="middle">
              <Button disabled={!complete || actions.busy} onClick={() => finish.mutate(undefined, { onError })}>
                Finish handoff
              </Button>
              <Text size="small" secondary>
                {complete
                  ? 'Everything is done. Finishing makes the one-page summary for both sides.'
                  : `Tick the ${total - done} remaining items to finish.`}
              </Text>
            </Box>
          </Card.Content>
        </Card>
      )}
    </Box>
  );
}
