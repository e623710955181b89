import type { ReactNode } from 'react';
import type { ChecklistRow } from '../../../access/review/checklist';
import type { FindingCode } from '../../../access/review/findings';
import { PassCell, PersonCell, ReasonCell, RoleCell, SinceCell, StatusCell } from './checklist-cells';

export interface ColumnContext {
  now: Date;
  codes: Map<string, FindingCode[]>;
  decisionCell?: (row: ChecklistRow) => ReactNode;
}

/** The checklist's columns: who, role, since when, status, the reason on record, the support pass, the decision. */
export function checklistColumns({ now, codes, decisionCell }: ColumnContext) {
  const columns = [
    { title: 'Person or invite', width: '24%', render: (row: ChecklistRow) => <PersonCell row={row} codes={codes.get(row.key)} /> },
    { title: 'Role', render: (row: ChecklistRow) => <RoleCell row={row} /> },
    { title: 'Joined or invited', render: (row: ChecklistRow) => <SinceCell row={row} now={now} /> },
    { title: 'Status', width: '132px', render: (row: ChecklistRow) => <StatusCell row={row} /> },
    { title: 'Reason on record', render: (row: ChecklistRow) => <ReasonCell row={row} /> },
    { title: 'Support pass', render: (row: ChecklistRow) => <PassCell row={row} now={now} /> },
  ];
  return decisionCell ? [...columns, { title: 'Decision', render: decisionCell, width: '230px' }] : columns;
}
