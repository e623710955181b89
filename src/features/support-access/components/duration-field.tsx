import { Box, FormField, Input, RadioGroup } from '@wix/design-system';
import { plural } from '../../../access/format';
import type { Duration } from '../../../access/pass-form';
import { PASS_PRESETS } from '../../../access/support-pass';

interface Props {
  duration: Duration;
  endDate: string;
  error?: string;
  onChange(change: { duration?: Duration; endDate?: string }): void;
}

const CHOICES: { value: Duration; label: string }[] = [
  ...PASS_PRESETS.map((days) => ({ value: String(days) as Duration, label: plural(days, 'day') })),
  { value: 'date', label: 'Until a date' },
];

/** How long the pass lasts: a preset or a chosen end date. */
export function DurationField({ duration, endDate, error, onChange }: Props) {
  return (
    <FormField label="Access ends" status={error ? 'error' : undefined} statusMessage={error}>
      <Box direction="vertical" gap="SP2">
        <RadioGroup display="horizontal" value={duration} onChange={(value) => onChange({ duration: value as Duration })}>
          {CHOICES.map((choice) => (
            <RadioGroup.Radio key={choice.value} value={choice.value}>
              {choice.label}
            </RadioGroup.Radio>
          ))}
        </RadioGroup>
        {duration === 'date' && (
          <Box width="220px">
            <Input
              type="date"
              ariaLabel="End date"
              value={endDate}
              status={error ? 'error' : undefined}
              onChange={(e) => onChange({ endDate: e.target.value })}
            />
          </Box>
        )}
      </Box>
    </FormField>
  );
}
