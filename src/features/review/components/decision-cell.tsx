import { Loader } from '@wix/design-system';
import { memo } from 'react';
import type { ChecklistRow } from '../../../access/review/checklist';
import { DECISION_LABELS, type Decision, type DecisionKind } from '../../../access/review/review-record';
import { Line, PlainBadge, PlainButton, PlainText, PlainTextButton, Stack } from '../../../ui/plain';
import type { RowState } from '../use-decide';

interface Props {
  row: ChecklistRow;
  asked: boolean;
  decision: Decision | undefined;
  state: RowState | undefined;
  onDecide: (row: ChecklistRow, decision: DecisionKind) => void;
  onRetry: (row: ChecklistRow) => void;
  onDismiss: (row: ChecklistRow) => void;
}

const PERSON_ACTIONS: [DecisionKind, string][] = [['keep', 'Keep'], ['change-role', 'Change role'], ['remove', 'Remove']];
const INVITE_ACTIONS: [DecisionKind, string][] = [['keep', 'Keep'], ['resend', 'Resend'], ['cancel', 'Cancel']];

/** One row's decision: the choices, the decision made, work in progress, or what failed (with Retry). Memoised per row. */
export const DecisionCell = memo(function DecisionCell({ row, asked, decision, state, onDecide, onRetry, onDismiss }: Props) {
  const who = row.type === 'person' ? row.name : `the invite to ${row.email}`;
  if (state?.state === 'working' && decision?.decision !== 'keep') {
    return <Loader size="tiny" text="Working…" />;
  }
  if (state?.state === 'failed') {
    return (
      <Stack>
        <PlainText size="tiny" error role="alert">{state.message}</PlainText>
        <Line>
          {state.retry && <PlainButton priority="secondary" onClick={() => onRetry(row)} aria-label={`Retry for ${who}`}>Retry</PlainButton>}
          <PlainTextButton onClick={() => onDismiss(row)}>Dismiss</PlainTextButton>
        </Line>
      </Stack>
    );
  }
  if (decision) {
    return (
      <Stack>
        <Line><PlainBadge skin={decision.decision === 'keep' ? 'neutralSuccess' : 'neutralStandard'}>{DECISION_LABELS[decision.decision]}</PlainBadge></Line>
        {decision.newRole && <PlainText size="tiny">Now {decision.newRole}</PlainText>}
        {decision.reason && <PlainText size="tiny" secondary>{decision.reason}</PlainText>}
      </Stack>
    );
  }
  if (!asked) return <PlainText size="tiny" secondary>No decision needed</PlainText>;
  return (
    <Line>
      {(row.type === 'person' ? PERSON_ACTIONS : INVITE_ACTIONS).map(([kind, label]) => (
        <PlainButton key={kind} priority={kind === 'keep' ? 'primary' : 'secondary'} onClick={() => onDecide(row, kind)} aria-label={`${label} ${who}`}>
          {label}
        </PlainButton>
      ))}
    </Line>
  );
});
