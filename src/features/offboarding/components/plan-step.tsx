import { Box, Button, FormField, Input, InputArea, Text, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { PLAN_FIELDS, planProblems, type Offboarding, type OffboardingPlan } from '../../../access/offboarding';
import { useServices } from '../../../page/services';
import { useCancelOffboarding } from '../use-cancel-offboarding';
import { useSavePlan } from '../use-save-plan';
import { ActionError } from './action-error';

interface Props {
  record: Offboarding;
  onCancelled: () => void;
}

/** Step 2: what they own, what they are working on, what they know; the reason for the removal. */
export function PlanStep({ record, onCancelled }: Props) {
  const { dashboard } = useServices();
  const save = useSavePlan();
  const cancel = useCancelOffboarding();
  const [plan, setPlan] = useState<OffboardingPlan>(() => ({
    reason: record.reason,
    assets: record.assets,
    workInProgress: record.workInProgress,
    takenOverBy: record.takenOverBy,
    credentials: record.credentials,
    notes: record.notes,
  }));
  const [attempted, setAttempted] = useState(false);
  const problems = planProblems(plan);
  const shownProblems = attempted ? problems : { ...problems, reason: plan.reason.trim() ? problems.reason : undefined };
  const firstStep = record.step === 'plan';

  const submit = () => {
    setAttempted(true);
    if (Object.keys(problems).length > 0) return;
    // The first save moves the offboarding on to the removal, and the wizard follows it there.
    save.mutate(
      { record, plan },
      firstStep ? undefined : { onSuccess: () => dashboard.showToast({ message: 'Plan updated.', type: 'success' }) },
    );
  };
  const cancelOffboarding = async () => {
    const confirmed = await dashboard.confirm({
      title: `Cancel the offboarding of ${record.name}?`,
      message: `Nothing has been changed on the site. ${record.name} keeps their access, and the plan is kept as cancelled.`,
      confirmLabel: 'Cancel offboarding',
      destructive: false,
    });
    if (confirmed) cancel.mutate(record, { onSuccess: onCancelled });
  };

  return (
    <Box direction="vertical" gap="SP3">
      <Text size="small" secondary>
        Plan the removal first: transfer what they own, hand over their work, and list what they know so it can be rotated.
      </Text>
      {PLAN_FIELDS.map(({ key, label, help, multiline }) => {
        const id = `offboarding-plan-${key}`;
        const problem = shownProblems[key];
        const field = {
          id,
          value: plan[key],
          status: problem ? ('error' as const) : undefined,
          onChange: (e: { target: { value: string } }) => setPlan({ ...plan, [key]: e.target.value }),
        };
        return (
          <FormField
            key={key}
            id={id}
            label={label}
            required={key === 'reason'}
            status={problem ? 'error' : undefined}
            statusMessage={problem}
          >
            <Box direction="vertical" gap="SP1">
              {multiline ? <InputArea {...field} rows={2} autoGrow minRowsAutoGrow={2} /> : <Input {...field} />}
              <Text size="tiny" secondary>
                {help}
              </Text>
            </Box>
          </FormField>
        );
      })}
      <ActionError title="Couldn't save the plan" error={save.error} />
      <ActionError title="Couldn't cancel the offboarding" error={cancel.error} />
      <Box gap="SP3" verticalAlign="middle">
        <Button onClick={submit} disabled={save.isLoading}>
          {firstStep ? 'Continue to removal' : 'Save plan'}
        </Button>
        {!record.removal && (
          <TextButton onClick={cancelOffboarding} disabled={cancel.isLoading}>
            Cancel offboarding
          </TextButton>
        )}
      </Box>
    </Box>
  );
}
