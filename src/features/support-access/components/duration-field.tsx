import { Box, FormField, Input, RadioGroup } from '@wix/design-system';
import type { Duration } from '../../../access/pass-form';

interface Props {
  duration: Duration;
  endDate: string;
  error?: string;
  onChange(change: { duration?: Duration; endDate?: string }): void;
}

const CHOICES: { value: Duration; label: string }[] = [
  { value: '1', label: '1 day' },
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: 'date', label: 'Until a date' },
];

/** How long the pass lasts: a preset or a chosen end date. */
export function DurationField({ duration, endDate, error, onChange }: Props) {
  return (
    <FormField label="Access ends" status={error ? 'error' : undefined} statusMessage={error}>
      <Box direction="vertical" gap="SP2">
        <RadioGroup display="horizontal" value={duration} onChange={(value) => onChange({ duration: value as Duration })}>
          {CHOICES.map((choice) => (
            <RadioGroup.Radio key={choice.value} value={choice.value}>{choice.label}</RadioGroup.Radio>
          ))}
        </RadioGroup>
        {duration === 'date' && (
          <Box width="220px">
            <Input type="date" ariaLabel="End date" value={endDate} status={error ? 'error' : undefined} onChange={(e) => onChange({ endDate: e.target.value })} />
          </Box>
        )}
      </Box>
    </FormField>
  );
}
