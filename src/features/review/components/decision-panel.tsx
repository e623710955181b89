import { Box, Button, SectionHelper, SidePanel, Text, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { accessChangeBlocker, reasonProblem } from '../../../access/guards';
import type { ChecklistRow, SiteSnapshot } from '../../../access/review/checklist';
import { peopleAfterDecisions } from '../../../access/review/decided-site';
import type { DecisionKind, Review } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { useNavigation } from '../../../page/navigation';
import { useConnected } from '../../../page/use-connection';
import { titleOnlyRoles } from '../../../access/wix-role-titles';
import { UNKNOWN_INVITE_ID } from '../../../access/invite-records';
import { reasonRequired } from '../../../access/review/review-record';
import { decideWithToast, subjectName } from '../decision-toasts';
import { runBulk } from '../run-bulk';
import type { DecisionRunner } from '../use-decide';
import { GUIDED_CONFIRM, GuidedDecision, type GuidedKind } from './guided-decision';
import { ReasonField } from './reason-field';
import { RoleChoice } from './role-choice';

export interface PanelTarget {
  rows: ChecklistRow[];
  decision: DecisionKind;
  /** Reopened after Wix refused the connected key: the owner does it in Roles & Permissions. */
  keyRefused?: boolean;
}

interface Props {
  target: PanelTarget;
  review: Review;
  site: SiteSnapshot;
  runner: DecisionRunner;
  /** Whether Wix named the site's roles (only with a connected key). */
  rolesNamed: boolean;
  onClose: () => void;
  /** Reopens the panel in guided mode after Wix refused the connected key. */
  onKeyRefused: (target: PanelTarget) => void;
}

// Wix's role titles, for the record only (never sent to Wix).
const TITLE_ROLES = titleOnlyRoles().map((role) => ({ ...role, description: '' }));

/** Whether the owner does this decision in Roles & Permissions instead of the app doing it. */
function guidedKind(
  decision: DecisionKind,
  connected: boolean,
  rolesNamed: boolean,
  keyRefused: boolean,
  idUnknown: boolean,
): GuidedKind | null {
  if ((decision === 'resend' || decision === 'cancel') && (!connected || keyRefused || idUnknown)) return decision;
  return decision === 'change-role' && !rolesNamed ? decision : null;
}

const TITLES: Record<DecisionKind, [string, string]> = {
  keep: ['Keep', 'Keep'],
  'change-role': ['Change the role of', 'Change role'],
  remove: ['Remove', 'Remove from site'],
  offboard: ['Offboard', 'Offboard'],
  resend: ['Resend', 'Resend invite'],
  cancel: ['Cancel', 'Cancel invite'],
};

/** Asks for what a decision needs (a reason, a role) and refuses the owner or last admin before any Wix call. */
export function DecisionPanel({ target, review, site, runner, rolesNamed, onClose, onKeyRefused }: Props) {
  const { dashboard } = useServices();
  const connected = useConnected();
  const navigation = useNavigation();
  const [reason, setReason] = useState('');
  const [roleId, setRoleId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { rows, decision } = target;
  const single = rows.length === 1 ? rows[0] : undefined;
  const required = rows.some((row) => reasonRequired(decision, review.kind, row));
  const idUnknown = single?.invite?.inviteId === UNKNOWN_INVITE_ID;
  const guided = single ? guidedKind(decision, connected, rolesNamed, target.keyRefused ?? false, idUnknown) : null;
  const newRole = (guided ? TITLE_ROLES : site.roles).find((r) => r.id === roleId);
  const people = peopleAfterDecisions(site.people, site.roles, review.decisions);
  // Every role change of the owner or the only admin is a downgrade (their own role is not offered).
  const changesAccess = decision === 'remove' || decision === 'change-role';
  const blocker = single?.person && changesAccess ? accessChangeBlocker(single.person, people, site.roles) : null;
  const title = single ? `${TITLES[decision][0]} ${subjectName(single)}` : `${TITLES[decision][0]} ${rows.length} selected rows`;

  const submit = (kind: DecisionKind) => {
    const roleMissing = kind === 'change-role' && !newRole && !guided;
    const problem = reasonProblem(reason, required || kind === 'offboard') ?? (roleMissing ? 'Choose the new role.' : null);
    if (problem) return setError(problem);
    onClose();
    if (!single) return void runBulk(runner, dashboard, rows, decision === 'keep' ? 'keep' : 'remove', reason, review.kind, connected);
    const request = { row: single, decision: kind, reason, newRole, reviewKind: review.kind, inWix: guided !== null };
    void decideWithToast(runner, dashboard, request, () => onKeyRefused({ ...target, keyRefused: true })).then((ok) => {
      if (ok && kind === 'offboard' && single.person) navigation.openTab('offboarding', { accountId: single.person.accountId });
    });
  };

  return (
    <div
      role="dialog"
      aria-label={title}
      style={{ position: 'fixed', top: 0, right: 0, bottom: 0, zIndex: 900, boxShadow: '0 0 24px rgba(22,45,61,.25)' }}
      onKeyDown={(event) => event.key === 'Escape' && onClose()}
    >
      <SidePanel closeButtonProps={{ ariaLabel: 'Close', onClick: onClose }} height="100%" width="440px">
        <SidePanel.Header title={title} />
        <SidePanel.Content>
          <Box direction="vertical" gap="SP4">
            {!single && decision === 'remove' && (
              <Text size="small">
                {connected
                  ? 'People are removed from the site and invites are cancelled, one by one, all with this reason.'
                  : 'People are removed from the site, one by one, all with this reason. Invites are left for you to cancel in Roles & Permissions (Wix lets only a connected API key cancel them).'}
              </Text>
            )}
            {blocker && (
              <SectionHelper skin="danger" title="Site Access won't do this">
                <Text size="small" role="alert">
                  {blocker}
                </Text>
              </SectionHelper>
            )}
            {guided && single && (
              <GuidedDecision decision={guided} row={single} keyRefused={target.keyRefused ?? false} idUnknown={idUnknown} />
            )}
            {decision === 'change-role' &&
              single?.person &&
              (guided ? (
                <RoleChoice
                  roles={TITLE_ROLES}
                  current={[]}
                  value={roleId}
                  onChange={setRoleId}
                  label="Role you give them in Wix (for the record)"
                  required={false}
                />
              ) : (
                <RoleChoice roles={site.roles} current={single.person.roleIds} value={roleId} onChange={setRoleId} />
              ))}
            <ReasonField
              value={reason}
              onChange={(value) => {
                setReason(value);
                setError(null);
              }}
              required={required}
              error={error}
              placeholder={
                decision === 'keep' ? 'Why they still need access (becomes the reason on record)' : 'Kept in the access log and the review'
              }
            />
            {decision === 'remove' && single?.person && navigation.canOpen('offboarding') && !blocker && (
              <Box direction="vertical" gap="SP1">
                <Text size="small" secondary>
                  Removing someone who had admin, billing or code access? The offboarding wizard plans the hand-over and the security steps
                  after removal.
                </Text>
                <Box>
                  <TextButton size="small" onClick={() => submit('offboard')}>
                    Offboard with the wizard…
                  </TextButton>
                </Box>
              </Box>
            )}
          </Box>
        </SidePanel.Content>
        <SidePanel.Footer>
          <Box gap="SP2" align="right">
            <Button priority="secondary" onClick={onClose}>
              Back
            </Button>
            <Button
              disabled={blocker !== null}
              skin={decision === 'keep' || decision === 'resend' ? 'standard' : 'destructive'}
              onClick={() => submit(decision)}
            >
              {guided
                ? GUIDED_CONFIRM[guided]
                : single
                  ? TITLES[decision][1]
                  : decision === 'keep'
                    ? `Keep ${rows.length}`
                    : `Remove or cancel ${rows.length}`}
            </Button>
          </Box>
        </SidePanel.Footer>
      </SidePanel>
    </div>
  );
}
