import { Box, Checkbox, Text, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { formatDateTime } from '../../../access/format';
import type { SecurityCheckState } from '../../../access/offboarding';
import { findCheck } from '../../../access/security-checklist';
import { useServices } from '../../../page/services';
import { SECURITY_PAGES } from '../../../wix/security-pages';
import { SkipForm } from './skip-form';

interface Props {
  state: SecurityCheckState;
  /** What the plan says they knew, shown next to the rotation checks. */
  credentials: string;
  /** This check's last change is still being saved. */
  saving: boolean;
  onTick: (ticked: boolean) => void;
  onSkip: (reason: string) => void;
}

/** One security check: its box, done or skipped (with a reason) by whom and when, and the Wix page where it is done. */
export function SecurityCheckRow({ state, credentials, saving, onTick, onSkip }: Props) {
  const { dashboard } = useServices();
  const [skipping, setSkipping] = useState(false);
  const check = findCheck(state.id);
  if (!check) return null;
  const page = check.page ? SECURITY_PAGES[check.page] : null;
  const showCredentials = credentials !== '' && (check.id === 'admin-keys' || check.id === 'credentials-rotate');
  const open = !state.tickedAt && !state.skippedAt;
  return (
    <Box direction="vertical" gap="SP1" paddingLeft="SP2">
      <Box gap="SP3" verticalAlign="middle">
        <Checkbox checked={state.tickedAt !== null} onChange={(e) => onTick(e.target.checked)}>
          {check.label}
        </Checkbox>
        {page && (
          <TextButton
            size="small"
            onClick={() => dashboard.navigate(page)}
            aria-label={`Open ${page.title} for: ${check.label}`}
          >{`Open ${page.title}`}</TextButton>
        )}
        {open && !skipping && (
          <TextButton size="small" skin="dark" onClick={() => setSkipping(true)} aria-label={`Skip with reason: ${check.label}`}>
            Skip with reason
          </TextButton>
        )}
        {saving && (
          <Text size="tiny" secondary>
            Saving…
          </Text>
        )}
      </Box>
      {state.tickedAt && (
        <Box paddingLeft="SP6">
          <Text size="small" secondary>{`Done ${formatDateTime(state.tickedAt)} by ${state.tickedBy}`}</Text>
        </Box>
      )}
      {!state.tickedAt && state.skippedAt && (
        <Box paddingLeft="SP6" gap="SP2" verticalAlign="middle">
          <Text size="small" secondary>{`Skipped ${formatDateTime(state.skippedAt)} by ${state.skippedBy}: ${state.skipReason}`}</Text>
          <TextButton size="small" onClick={() => onTick(false)} aria-label={`Undo skip: ${check.label}`}>
            Undo skip
          </TextButton>
        </Box>
      )}
      {open && skipping && (
        <SkipForm
          checkId={check.id}
          label={check.label}
          onCancel={() => setSkipping(false)}
          onSkip={(reason) => {
            setSkipping(false);
            onSkip(reason);
          }}
        />
      )}
      {showCredentials && (
        <Box paddingLeft="SP6">
          <Text size="small" secondary>{`From the plan: ${credentials}`}</Text>
        </Box>
      )}
    </Box>
  );
}
