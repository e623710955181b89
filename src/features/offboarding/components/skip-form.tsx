import { Box, Button, FormField, Input, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { skipReasonProblem } from '../../../access/offboarding-checks';

interface Props {
  checkId: string;
  label: string;
  onSkip: (reason: string) => void;
  onCancel: () => void;
}

/** Skipping a security check needs a reason; it is kept with the offboarding and in the access log. */
export function SkipForm({ checkId, label, onSkip, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const id = `skip-reason-${checkId}`;
  const submit = () => {
    const problem = skipReasonProblem(reason);
    if (problem) setShown(problem);
    else onSkip(reason.trim());
  };
  return (
    <Box direction="vertical" gap="SP2" paddingLeft="SP6" maxWidth="480px">
      <FormField id={id} label={`Why skip "${label}"?`} required status={shown ? 'error' : undefined} statusMessage={shown}>
        <Input
          id={id}
          value={reason}
          status={shown ? 'error' : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            if (shown) setShown(null);
          }}
          onEnterPressed={submit}
        />
      </FormField>
      <Box gap="SP2" verticalAlign="middle">
        <Button size="small" priority="secondary" onClick={submit}>
          Skip this check
        </Button>
        <TextButton size="small" onClick={onCancel}>
          Cancel
        </TextButton>
      </Box>
    </Box>
  );
}
