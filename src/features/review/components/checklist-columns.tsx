import type { ReactNode } from 'react';
import type { ChecklistRow } from '../../../access/review/checklist';
import type { FindingCode } from '../../../access/review/findings';
import { PlainText } from '../../../ui/plain';
import { PassCell, PersonCell, ReasonCell, RoleCell, SinceCell, StatusCell } from './checklist-cells';

export interface ColumnContext {
  now: Date;
  codes: Map<string, FindingCode[]>;
  decisionCell?: (row: ChecklistRow) => ReactNode;
}

// Titles are elements, not strings: WDS draws a string title as a Text that measures itself after
// it is drawn (a forced layout per column each time the checklist is drawn) and cuts it short;
// these wrap instead.
const title = (text: string) => <PlainText>{text}</PlainText>;

/** The checklist's columns: who, role, since when, status, the reason on record, the support pass, the decision. */
export function checklistColumns({ now, codes, decisionCell }: ColumnContext) {
  const columns = [
    { title: title('Person or invite'), width: '20%', render: (row: ChecklistRow) => <PersonCell row={row} codes={codes.get(row.key)} /> },
    { title: title('Role'), render: (row: ChecklistRow) => <RoleCell row={row} /> },
    { title: title('Joined or invited'), render: (row: ChecklistRow) => <SinceCell row={row} now={now} /> },
    { title: title('Status'), width: '132px', render: (row: ChecklistRow) => <StatusCell row={row} /> },
    { title: title('Reason on record'), render: (row: ChecklistRow) => <ReasonCell row={row} /> },
    { title: title('Support pass'), render: (row: ChecklistRow) => <PassCell row={row} now={now} /> },
  ];
  return decisionCell ? [...columns, { title: title('Decision'), render: decisionCell, width: '210px' }] : columns;
}
