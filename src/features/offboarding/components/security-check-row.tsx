import { Box, Checkbox, Text, TextButton } from '@wix/design-system';
import { formatDateTime } from '../../../access/format';
import type { SecurityCheckState } from '../../../access/offboarding';
import { findCheck } from '../../../access/security-checklist';
import { useServices } from '../../../app/app-context';
import { SECURITY_PAGES } from '../../../wix/security-pages';

interface Props {
  state: SecurityCheckState;
  /** What the plan says they knew, shown next to the rotation checks. */
  credentials: string;
  disabled: boolean;
  onTick: (ticked: boolean) => void;
}

/** One security check: its box, who ticked it and when, and the Wix page where it is done. */
export function SecurityCheckRow({ state, credentials, disabled, onTick }: Props) {
  const { dashboard } = useServices();
  const check = findCheck(state.id);
  if (!check) return null;
  const page = check.page ? SECURITY_PAGES[check.page] : null;
  const showCredentials = credentials !== '' && (check.id === 'admin-keys' || check.id === 'credentials-rotate');
  return (
    <Box direction="vertical" gap="SP1" paddingLeft="SP2">
      <Box gap="SP3" verticalAlign="middle">
        <Checkbox checked={state.tickedAt !== null} disabled={disabled} onChange={(e) => onTick(e.target.checked)}>{check.label}</Checkbox>
        {page && <TextButton size="small" onClick={() => dashboard.navigate(page)} aria-label={`Open ${page.title} for: ${check.label}`}>{`Open ${page.title}`}</TextButton>}
      </Box>
      {state.tickedAt && <Box paddingLeft="SP6"><Text size="tiny" secondary>{`Done ${formatDateTime(state.tickedAt)} by ${state.tickedBy}`}</Text></Box>}
      {showCredentials && <Box paddingLeft="SP6"><Text size="tiny" secondary>{`From the plan: ${credentials}`}</Text></Box>}
    </Box>
  );
}
