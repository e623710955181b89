import { Box, SectionHelper, Text } from '@wix/design-system';
import { describeCheck, type LogCheck } from '../../../access/log-verify';

/**
 * What verifying the log found: intact (how many entries, the last one's time and the head hash to
 * compare with a copy kept elsewhere), or the first entry changed, inserted or removed.
 */
export function VerifyLogResult({ check, error, onClose }: { check?: LogCheck; error?: unknown; onClose: () => void }) {
  if (error) {
    return (
      <SectionHelper skin="danger" title="The log could not be verified" showCloseButton onClose={onClose}>
        <Text size="small" role="alert">{error instanceof Error ? error.message : String(error)}</Text>
      </SectionHelper>
    );
  }
  if (!check) return null;
  const text = describeCheck(check);
  return (
    <Box padding="SP3 SP4">
      <SectionHelper skin={check.intact ? 'success' : 'danger'} title={check.intact ? 'Access log verified' : 'The access log was tampered with'} showCloseButton onClose={onClose}>
        <Text size="small" role={check.intact ? 'status' : 'alert'}>{text}</Text>
      </SectionHelper>
    </Box>
  );
}
