import { Box, Button, SectionHelper, Text } from '@wix/design-system';
import type { ChecklistRow } from '../../../access/review/checklist';
import type { DecisionKind } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { WIX_PAGES } from '../../../wix/dashboard-port';
import { CopyRow } from '../../../page/copy-row';
import { ID_UNKNOWN } from '../../../access/invite-records';

/** Decisions the owner carries out in Wix's Roles & Permissions when the app cannot (no key, no roles catalogue). */
export type GuidedKind = Extract<DecisionKind, 'resend' | 'cancel' | 'change-role'>;

export const GUIDED_CONFIRM: Record<GuidedKind, string> = {
  resend: 'I resent it in Wix',
  cancel: 'I cancelled it in Wix',
  'change-role': 'I changed it in Wix',
};

const WHY: Record<GuidedKind, string> = {
  resend: 'Wix lets only an account API key resend invites, and none is connected.',
  cancel: 'Wix lets only an account API key cancel invites, and none is connected.',
  'change-role': "Without a connected API key Wix doesn't tell Site Access the names of the site's roles, so it can't pick one safely.",
};

const STEPS: Record<GuidedKind, (row: ChecklistRow) => string> = {
  resend: (row) => `Open Roles & Permissions, find the pending invite to ${row.email} and resend it.`,
  cancel: (row) => `Open Roles & Permissions, find the pending invite to ${row.email} and revoke it.`,
  'change-role': (row) => `Open Roles & Permissions, find ${row.name} (${row.email}) and change their role there.`,
};

interface Props {
  decision: GuidedKind;
  row: ChecklistRow;
  /** The connected key was refused just now (it stays connected until the owner disconnects it). */
  keyRefused: boolean;
  /** The invite's id was in an answer Wix lost. */
  idUnknown?: boolean;
}

/** What to do in Roles & Permissions; the decision is recorded only when the owner says it is done. */
export function GuidedDecision({ decision, row, keyRefused, idUnknown = false }: Props) {
  const { dashboard } = useServices();
  const why = keyRefused
    ? 'Wix refused the connected API key (check it in the API Keys Manager, or disconnect it in Settings).'
    : idUnknown
      ? ID_UNKNOWN
      : WHY[decision];
  return (
    <SectionHelper skin={keyRefused ? 'warning' : 'standard'} title="Do this in Wix's Roles & Permissions">
      <Box direction="vertical" gap="SP2">
        <Text size="small">{`${why} ${STEPS[decision](row)}`}</Text>
        <CopyRow label="Email" value={row.email} />
        {decision !== 'change-role' && <CopyRow label="Role" value={row.role} />}
        <Text size="small">{`Then come back and choose "${GUIDED_CONFIRM[decision]}": Site Access records the decision with your reason.`}</Text>
        <Box>
          <Button size="small" onClick={() => dashboard.navigate(WIX_PAGES.rolesAndPermissions)}>
            Open Roles & Permissions
          </Button>
        </Box>
      </Box>
    </SectionHelper>
  );
}
