import { grantsCoOwner, type CheckedRow } from '../../../access/invite-sheet-check';
import { PREPARED_LABELS, preparedDetail, preparedStatus } from '../../../access/invite-sheet-prepared';
import type { Contributor } from '../../../access/people';
import type { FastColumn } from '../../../ui/fast-table';
import { Line, PlainBadge, PlainButton, PlainText, Stack } from '../../../ui/plain';

type Copy = (text: string, copiedMessage: string) => void;

function CopyCell({ value, label, show, onCopy }: { value: string; label: string; show: boolean; onCopy: () => void }) {
  return (
    <Line>
      <span>{value}</span>
      {show && (
        <PlainButton priority="secondary" aria-label={label} onClick={onCopy}>
          Copy
        </PlainButton>
      )}
    </Line>
  );
}

const SKINS = { 'to-invite': 'neutralStandard', joined: 'neutralSuccess', 'not-prepared': 'danger' } as const;

/** The prepared list's columns: what to type in Wix (with Copy buttons), the reason, and where each row stands. */
export function preparedColumns(people: readonly Contributor[], copy: Copy): FastColumn<CheckedRow>[] {
  const open = (row: CheckedRow) => preparedStatus(row, people).state === 'to-invite';
  return [
    { title: 'Line', width: '48px', cell: (r) => r.line },
    {
      title: 'Email',
      width: '26%',
      cell: (r) => (
        <CopyCell value={r.email || '—'} label={`Copy email ${r.email}`} show={open(r)} onCopy={() => copy(r.email, 'Email copied.')} />
      ),
    },
    {
      title: 'Role to choose in Wix',
      width: '20%',
      cell: (r) => (
        <Stack>
          <CopyCell
            value={r.role?.title ?? (r.roleText || '—')}
            label={`Copy role for ${r.email}`}
            show={open(r)}
            onCopy={() => copy(r.role?.title ?? '', 'Role copied.')}
          />
          {grantsCoOwner(r) && (
            <PlainBadge size="tiny" skin="warningLight">
              Co-owner access
            </PlainBadge>
          )}
        </Stack>
      ),
    },
    { title: 'Reason', width: '18%', cell: (r) => <PlainText secondary>{r.notes}</PlainText> },
    {
      title: 'Status',
      cell: (r) => {
        const status = preparedStatus(r, people);
        const detail = preparedDetail(r, status);
        return (
          <Stack>
            <PlainBadge size="tiny" skin={SKINS[status.state]}>
              {PREPARED_LABELS[status.state]}
            </PlainBadge>
            {detail && (
              <PlainText error={status.state === 'not-prepared'} secondary={status.state !== 'not-prepared'}>
                {detail}
              </PlainText>
            )}
          </Stack>
        );
      },
    },
  ];
}
