import { Box, Button, Text } from '@wix/design-system';
import { useState } from 'react';
import { progressText } from '../../../access/offboarding-checks';
import { stepIndex, type Offboarding, type RecordStep } from '../../../access/offboarding';
import { findCheck, GROUP_TITLES, type CheckGroup } from '../../../access/security-checklist';
import { useAdvanceStep } from '../use-advance-step';
import { useCheckQueue } from '../use-check-queue';
import { ActionError } from './action-error';
import { SecurityCheckRow } from './security-check-row';

/** Step 4: the guide's post-removal security checks for the role they had, each done or skipped with a reason. */
export function SecurityStep({ record, onOpenStep }: { record: Offboarding; onOpenStep: (step: RecordStep) => void }) {
  const checks = useCheckQueue(record);
  const advance = useAdvanceStep();
  const view = checks.view;
  const groups: CheckGroup[] = [];
  for (const state of view.checks) {
    const group = findCheck(state.id)?.group;
    if (group && !groups.includes(group)) groups.push(group);
  }
  const saving = checks.saving.size > 0;
  const [waiting, setWaiting] = useState(false);
  // Continuing while checks are saving waits for them: the next step starts from the saved record.
  const next = async () => {
    setWaiting(true);
    const saved = await checks.whenSaved();
    setWaiting(false);
    if (!saved) return;
    if (stepIndex(saved.step) >= stepIndex('verify')) onOpenStep('verify');
    else advance.mutate({ record: saved, step: 'verify' });
  };
  return (
    <Box direction="vertical" gap="SP4">
      <Text size="small">
        {`${progressText(view)}. Tick each one when it is done, or skip it with a reason. The offboarding stays in progress until every check is done or skipped.`}
      </Text>
      {groups.map((group) => (
        <Box key={group} direction="vertical" gap="SP2">
          <Text weight="bold" tagName="h3">
            {GROUP_TITLES[group]}
          </Text>
          {view.checks
            .filter((state) => findCheck(state.id)?.group === group)
            .map((state) => (
              <SecurityCheckRow
                key={state.id}
                state={state}
                credentials={group === 'admin' || group === 'credentials' ? record.credentials : ''}
                saving={checks.saving.has(state.id)}
                onTick={(ticked) => checks.change(state.id, { kind: ticked ? 'tick' : 'reopen' })}
                onSkip={(reason) => checks.change(state.id, { kind: 'skip', reason })}
              />
            ))}
        </Box>
      ))}
      <ActionError title="Couldn't save the checks; they are kept here" error={checks.error} onRetry={checks.retry} />
      <ActionError title="Couldn't save the progress" error={advance.error} onRetry={() => void next()} />
      <Box gap="SP2" verticalAlign="middle">
        <Button onClick={() => void next()} disabled={advance.isLoading || waiting}>
          Continue to verification
        </Button>
        {saving && (
          <Text size="small" secondary>
            Saving the checks…
          </Text>
        )}
      </Box>
    </Box>
  );
}
