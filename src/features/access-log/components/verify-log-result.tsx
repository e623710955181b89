import { Box, SectionHelper, Text } from '@wix/design-system';
import { describeCheck, type LogCheck } from '../../../access/log-verify';

/**
 * What verifying the log found: intact (how many entries, the last one's time and the head hash to
 * compare with a copy kept elsewhere), or the first entry changed, inserted or removed. Dismissed with a
 * named button (WDS's close icon has no accessible name).
 */
export function VerifyLogResult({ check, error, onClose }: { check?: LogCheck; error?: unknown; onClose: () => void }) {
  if (!check && !error) return null;
  const intact = check?.intact === true;
  const title = error ? 'The log could not be verified' : intact ? 'Access log verified' : 'The access log was tampered with';
  const text = error ? (error instanceof Error ? error.message : String(error)) : check ? describeCheck(check) : '';
  return (
    <Box padding="SP3 SP4">
      <SectionHelper skin={intact ? 'success' : 'danger'} title={title} actionText="Dismiss" onAction={onClose}>
        <Text size="small" role={intact ? 'status' : 'alert'}>
          {text}
        </Text>
      </SectionHelper>
    </Box>
  );
}
