import { Box, Card, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { roleLabel, type Offboarding, type RecordStep } from '../../../access/offboarding';
import { useRemovePerson } from '../use-remove-person';
import { DocumentStep } from './document-step';
import { PlanStep } from './plan-step';
import { RemoveStep } from './remove-step';
import { SecurityStep } from './security-step';
import { VerifyStep } from './verify-step';
import { WizardStepper } from './wizard-stepper';

/** One offboarding, opened at the step where it was left. */
export function OffboardingWizard({ record, onClose }: { record: Offboarding; onClose: () => void }) {
  // A step opened by hand stays open until the offboarding moves on; then the wizard follows it.
  const [chosen, setChosen] = useState<{ step: RecordStep; at: RecordStep } | null>(null);
  const view = chosen && chosen.at === record.step ? chosen.step : record.step;
  const open = (step: RecordStep) => setChosen({ step, at: record.step });
  // Held here, not in a step: the removal's outcome is announced after its step has moved on.
  const remove = useRemovePerson();
  const steps: Record<RecordStep, JSX.Element> = {
    plan: <PlanStep record={record} onCancelled={onClose} />,
    remove: <RemoveStep record={record} remove={remove} onOpenStep={open} />,
    security: <SecurityStep record={record} onOpenStep={open} />,
    verify: <VerifyStep record={record} remove={remove} onOpenStep={open} />,
    document: <DocumentStep record={record} onOpenStep={open} />,
  };
  return (
    <Card>
      <Card.Header
        title={`Offboarding ${record.name}`}
        subtitle={`${record.email || 'No email'} · ${roleLabel(record)}`}
        suffix={<TextButton onClick={onClose}>Back to the list</TextButton>}
      />
      <Card.Divider />
      <Box direction="vertical" gap="SP4" padding="SP4">
        <WizardStepper active={view} record={record} onOpen={(step) => step !== 'choose' && open(step)} />
        {steps[view]}
      </Box>
    </Card>
  );
}
