import { FormField, InputArea, Text } from '@wix/design-system';
import { MAX_REASON_LENGTH } from '../../../access/guards';

interface Props {
  value: string;
  onChange: (value: string) => void;
  required: boolean;
  error: string | null;
  placeholder: string;
}

/** The reason for a decision: kept in the access log and the review, shown as text only. */
export function ReasonField({ value, onChange, required, error, placeholder }: Props) {
  return (
    <FormField
      id="review-decision-reason"
      label={required ? 'Reason' : 'Reason (optional)'}
      required={required}
      status={error ? 'error' : undefined}
      statusMessage={error ?? undefined}
      suffix={
        <Text size="tiny" secondary>
          {value.trim().length} / {MAX_REASON_LENGTH}
        </Text>
      }
    >
      <InputArea
        id="review-decision-reason"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder={placeholder}
        rows={3}
        autoFocus
        status={error ? 'error' : undefined}
      />
    </FormField>
  );
}
