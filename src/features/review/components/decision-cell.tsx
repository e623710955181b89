import { Loader } from '@wix/design-system';
import { memo, useState } from 'react';
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

const PERSON_ACTIONS: [DecisionKind, string][] = [
  ['keep', 'Keep'],
  ['change-role', 'Change role'],
  ['remove', 'Remove'],
];
const INVITE_ACTIONS: [DecisionKind, string][] = [
  ['keep', 'Keep'],
  ['resend', 'Resend'],
  ['cancel', 'Cancel'],
];
/** Decisions that leave the row at Wix, so another decision can replace them. */
const CHANGEABLE = new Set<DecisionKind>(['keep', 'change-role', 'resend']);

/** The choices for a row: an expired invite cannot be kept (Wix will not honour it), only resent or cancelled. */
const actionsFor = (row: ChecklistRow) =>
  row.type === 'person' ? PERSON_ACTIONS : INVITE_ACTIONS.filter(([kind]) => kind !== 'keep' || row.status !== 'expired');

/** One row's decision: the choices, the decision made, work in progress, or what failed (with Retry). Memoised per row. */
export const DecisionCell = memo(function DecisionCell({ row, asked, decision, state, onDecide, onRetry, onDismiss }: Props) {
  const who = row.type === 'person' ? row.name : `the invite to ${row.email}`;
  const [changing, setChanging] = useState(false);
  if (state?.state === 'working' && decision?.decision !== 'keep') {
    return <Loader size="tiny" text="Working…" />;
  }
  if (state?.state === 'failed') {
    return (
      <Stack>
        <PlainText size="tiny" error role="alert">
          {state.message}
        </PlainText>
        <Line>
          {state.retry && (
            <PlainButton priority="secondary" onClick={() => onRetry(row)} aria-label={`Retry for ${who}`}>
              Retry
            </PlainButton>
          )}
          <PlainTextButton onClick={() => onDismiss(row)}>Dismiss</PlainTextButton>
        </Line>
      </Stack>
    );
  }
  if (asked && row.status === 'owner' && !decision) {
    return (
      <Stack>
        <PlainBadge skin="neutralSuccess">{DECISION_LABELS.keep}</PlainBadge>
        <PlainText size="tiny" secondary>
          The site owner always keeps access
        </PlainText>
      </Stack>
    );
  }
  const canChange = decision !== undefined && CHANGEABLE.has(decision.decision) && row.status !== 'removed' && row.status !== 'revoked';
  if (decision && !(changing && canChange)) {
    return (
      <Stack>
        <Line>
          <PlainBadge skin={decision.decision === 'keep' ? 'neutralSuccess' : 'neutralStandard'}>
            {DECISION_LABELS[decision.decision]}
          </PlainBadge>
          {canChange && (
            <PlainTextButton onClick={() => setChanging(true)} aria-label={`Change the decision on ${who}`}>
              Change
            </PlainTextButton>
          )}
        </Line>
        {decision.newRole && <PlainText size="tiny">Now {decision.newRole}</PlainText>}
        {decision.reason && (
          <PlainText size="tiny" secondary lines={2} title={decision.reason}>
            {decision.reason}
          </PlainText>
        )}
      </Stack>
    );
  }
  if (!asked)
    return (
      <PlainText size="tiny" secondary>
        No decision needed
      </PlainText>
    );
  const choose = (kind: DecisionKind) => {
    setChanging(false);
    onDecide(row, kind);
  };
  return (
    <Stack>
      <Line>
        {actionsFor(row).map(([kind, label]) => (
          <PlainButton
            key={kind}
            priority={kind === 'keep' || (kind === 'resend' && row.status === 'expired') ? 'primary' : 'secondary'}
            onClick={() => choose(kind)}
            aria-label={`${label} ${who}`}
          >
            {label}
          </PlainButton>
        ))}
      </Line>
      {decision && (
        <PlainTextButton onClick={() => setChanging(false)} aria-label={`Leave the decision on ${who} as it is`}>
          Leave as {DECISION_LABELS[decision.decision].toLowerCase()}
        </PlainTextButton>
      )}
    </Stack>
  );
});
