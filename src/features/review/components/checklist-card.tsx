import { Box, Card, Pagination, Table } from '@wix/design-system';
import { useCallback, useMemo, useRef, useState } from 'react';
import { needsDecision, type ChecklistRow, type SiteSnapshot } from '../../../access/review/checklist';
import { plural } from '../../../access/format';
import { isOwner } from '../../../access/people';
import type { DecisionKind, Review } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { reasonRequired } from '../../../access/review/review-record';
import { CardHeader } from '../../../ui/card-header';
import { PlainCheckbox } from '../../../ui/plain';
import { decideWithToast } from '../decision-toasts';
import type { Checklist } from '../use-checklist';
import type { DecisionRunner } from '../use-decide';
import { BulkBar } from './bulk-bar';
import { checklistColumns } from './checklist-columns';
import { DecisionCell } from './decision-cell';
import { RowSelect } from './select-box';
import type { PanelTarget } from './decision-panel';

export const PAGE_SIZE = 25;

interface Props {
  site: SiteSnapshot;
  review: Review | null;
  checklist: Checklist;
  runner: DecisionRunner;
  onOpenPanel: (target: PanelTarget) => void;
}

/** Everyone who can get into the site and every invite the app knows, with a decision per row during a review. */
export function ChecklistCard({ site, review, checklist, runner, onOpenPanel }: Props) {
  const { dashboard } = useServices();
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<string[]>([]);
  const { rows, decisions, codes, now } = checklist;
  const asked = (row: ChecklistRow) => review !== null && needsDecision(row, review.kind);
  // The owner is kept without a click (they cannot be anything else), so their row is never open.
  const open = (row: ChecklistRow) =>
    asked(row) && row.status !== 'owner' && !decisions.has(row.key) && runner.rowStates[row.key] === undefined;

  // Handlers keep one identity (they read the latest props through a ref), so memoised cells stay memoised.
  const latest = useRef({ review, runner, dashboard, onOpenPanel });
  latest.current = { review, runner, dashboard, onOpenPanel };
  const onDecide = useCallback((row: ChecklistRow, decision: DecisionKind) => {
    const { review: current, runner: run, dashboard: port, onOpenPanel: openPanel } = latest.current;
    if (!current) return;
    if (decision === 'keep' && !reasonRequired('keep', current.kind, row)) {
      void decideWithToast(run, port, { row, decision, reason: '', reviewKind: current.kind });
    } else openPanel({ rows: [row], decision });
  }, []);
  const onRetry = useCallback((row: ChecklistRow) => {
    const { runner: run, dashboard: port } = latest.current;
    const state = run.rowStates[row.key];
    if (state?.state === 'failed' && state.retry) void decideWithToast(run, port, state.retry);
  }, []);
  const onDismiss = useCallback((row: ChecklistRow) => latest.current.runner.dismiss(row.key), []);
  const toggle = useCallback(
    (keys: string[], on: boolean) => setSelected((now) => (on ? [...new Set([...now, ...keys])] : now.filter((k) => !keys.includes(k)))),
    [],
  );
  const onToggle = useCallback((key: string, on: boolean) => toggle([key], on), [toggle]);
  const columns = checklistColumns({
    now,
    codes,
    decisionCell: review
      ? (row) => (
          <DecisionCell
            row={row}
            asked={asked(row)}
            decision={decisions.get(row.key)}
            state={runner.rowStates[row.key]}
            onDecide={onDecide}
            onRetry={onRetry}
            onDismiss={onDismiss}
          />
        )
      : undefined,
  });

  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const data = rows.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE);
  const openOnPage = data.filter(open).map((r) => r.key);
  const pageSelected = openOnPage.filter((k) => selected.includes(k)).length;
  const selectColumn = {
    title: (
      <PlainCheckbox
        label="Select every open row on this page"
        checked={openOnPage.length > 0 && pageSelected === openOnPage.length}
        indeterminate={pageSelected > 0 && pageSelected < openOnPage.length}
        onChange={() => toggle(openOnPage, pageSelected < openOnPage.length)}
      />
    ),
    width: '40px',
    render: (row: ChecklistRow) =>
      open(row) ? (
        <RowSelect
          rowKey={row.key}
          label={`Select ${row.type === 'person' ? row.name : row.email}`}
          checked={selected.includes(row.key)}
          onToggle={onToggle}
        />
      ) : null,
  };
  const chosen = rows.filter((r) => selected.includes(r.key) && open(r));
  // An expired invite is not kept: Wix will not honour it (resend or cancel it instead).
  const keepable = chosen.filter((r) => r.status !== 'expired');
  // Kept as one element between decisions: WDS's page strip restyles itself each time it is drawn.
  const pagination = useMemo(
    () =>
      pages > 1 && (
        <Box align="center" padding="SP3">
          <Pagination totalPages={pages} currentPage={current} onChange={({ page: next }) => setPage(next)} />
        </Box>
      ),
    [pages, current],
  );
  // The owner always can, whether or not Wix lists them among the contributors.
  const people = site.people.length + (site.people.some((p) => isOwner(p, site.roles)) ? 0 : 1);
  const invites = site.invites.length;

  return (
    <Card>
      <CardHeader
        title="Access checklist"
        subtitle={`${plural(people, 'person', 'people')} can get into this site. ${invites === 0 ? 'No invites yet' : plural(invites, 'invite')} sent from Site Access (Wix keeps no list of invites).`}
      />
      <Card.Divider />
      {review && chosen.length > 0 && (
        <BulkBar
          count={chosen.length}
          onKeep={keepable.length > 0 ? () => onOpenPanel({ rows: keepable, decision: 'keep' }) : undefined}
          onRemove={() => onOpenPanel({ rows: chosen, decision: 'remove' })}
          onClear={() => setSelected([])}
        />
      )}
      <Table data={data} columns={review ? [selectColumn, ...columns] : columns} rowVerticalPadding="small">
        <Table.Content />
      </Table>
      {pagination}
    </Card>
  );
}
