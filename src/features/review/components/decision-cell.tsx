import { Badge, Box, Button, Loader, Text, TextButton } from '@wix/design-system';
import { memo } from 'react';
import type { ChecklistRow } from '../../../access/review/checklist';
import { DECISION_LABELS, type Decision, type DecisionKind } from '../../../access/review/review-record';
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
      <Box direction="vertical" gap="SP1">
        <Text size="tiny" skin="error" role="alert">{state.message}</Text>
        <Box gap="SP2">
          {state.retry && <Button size="tiny" priority="secondary" onClick={() => onRetry(row)} aria-label={`Retry for ${who}`}>Retry</Button>}
          <TextButton size="tiny" onClick={() => onDismiss(row)}>Dismiss</TextButton>
        </Box>
      </Box>
    );
  }
  if (decision) {
    return (
      <Box direction="vertical" gap="2px">
        <Box><Badge size="small" skin={decision.decision === 'keep' ? 'neutralSuccess' : 'neutralStandard'}>{DECISION_LABELS[decision.decision]}</Badge></Box>
        {decision.newRole && <Text size="tiny">Now {decision.newRole}</Text>}
        {decision.reason && <Text size="tiny" secondary>{decision.reason}</Text>}
      </Box>
    );
  }
  if (!asked) return <Text size="tiny" secondary>No decision needed</Text>;
  return (
    <Box gap="SP1" flexWrap="wrap">
      {(row.type === 'person' ? PERSON_ACTIONS : INVITE_ACTIONS).map(([kind, label]) => (
        <Button key={kind} size="tiny" priority={kind === 'keep' ? 'primary' : 'secondary'} onClick={() => onDecide(row, kind)} aria-label={`${label} ${who}`}>
          {label}
        </Button>
      ))}
    </Box>
  );
});
