import { Stepper, type StepperStepType } from '@wix/design-system';
import './wizard-stepper.css';
import {
  canOpenStep,
  OFFBOARDING_STEPS,
  STEP_TITLES,
  stepIndex,
  type Offboarding,
  type OffboardingStep,
} from '../../../access/offboarding';

interface Props {
  active: OffboardingStep;
  /** The offboarding shown; none while choosing the person. */
  record?: Offboarding;
  onOpen?: (step: OffboardingStep) => void;
}

function stepType(step: OffboardingStep, record: Offboarding | undefined): StepperStepType {
  if (!record) return step === 'choose' ? 'normal' : 'disabled';
  if (step === 'choose' || record.status === 'completed' || stepIndex(step) < stepIndex(record.step)) return 'completed';
  return canOpenStep(record, step) ? 'normal' : 'disabled';
}

/** The wizard's six steps; steps already reached can be reopened. */
export function WizardStepper({ active, record, onOpen }: Props) {
  return (
    <div className="offboarding-stepper">
      <Stepper
        type="circle"
        fit="stretched"
        activeStep={stepIndex(active)}
        steps={OFFBOARDING_STEPS.map((step) => ({ text: STEP_TITLES[step], type: stepType(step, record) }))}
        onClick={(index) => {
          const step = OFFBOARDING_STEPS[index];
          if (step && record && canOpenStep(record, step)) onOpen?.(step);
        }}
      />
    </div>
  );
}
