import { Box, Button, Text } from '@wix/design-system';
import { checksProgress } from '../../../access/offboarding-summary';
import { stepIndex, type Offboarding, type RecordStep } from '../../../access/offboarding';
import { findCheck, GROUP_TITLES, type CheckGroup } from '../../../access/security-checklist';
import { useAdvanceStep } from '../use-advance-step';
import { useTickCheck } from '../use-tick-check';
import { ActionError } from './action-error';
import { SecurityCheckRow } from './security-check-row';

/** Step 4: the guide's post-removal security checks for the role they had, each ticked with when and by whom. */
export function SecurityStep({ record, onOpenStep }: { record: Offboarding; onOpenStep: (step: RecordStep) => void }) {
  const tick = useTickCheck();
  const advance = useAdvanceStep();
  const groups: CheckGroup[] = [];
  for (const state of record.checks) {
    const group = findCheck(state.id)?.group;
    if (group && !groups.includes(group)) groups.push(group);
  }
  const { done, total } = checksProgress(record);
  const next = () => {
    if (stepIndex(record.step) >= stepIndex('verify')) onOpenStep('verify');
    else advance.mutate({ record, step: 'verify' });
  };
  return (
    <Box direction="vertical" gap="SP4">
      <Text size="small">{`${done} of ${total} checks done. Tick each one when it is done; open ones stay on this offboarding and can be finished later.`}</Text>
      {groups.map((group) => (
        <Box key={group} direction="vertical" gap="SP2">
          <Text weight="bold" tagName="h3">{GROUP_TITLES[group]}</Text>
          {record.checks.filter((state) => findCheck(state.id)?.group === group).map((state) => (
            <SecurityCheckRow
              key={state.id}
              state={state}
              credentials={group === 'admin' || group === 'credentials' ? record.credentials : ''}
              disabled={tick.isLoading}
              onTick={(ticked) => tick.mutate({ record, checkId: state.id, ticked })}
            />
          ))}
        </Box>
      ))}
      <ActionError title="Couldn't save the check" error={tick.error} />
      <ActionError title="Couldn't save the progress" error={advance.error} onRetry={next} />
      <Box><Button onClick={next} disabled={advance.isLoading}>Continue to verification</Button></Box>
    </Box>
  );
}
