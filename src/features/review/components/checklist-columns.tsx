import type { ReactNode } from 'react';
import type { ChecklistRow } from '../../../access/review/checklist';
import type { FindingCode } from '../../../access/review/findings';
import { PlainText } from '../../../ui/plain';
import { PersonCell, ReasonCell, RoleCell, StatusCell } from './checklist-cells';

export interface ColumnContext {
  now: Date;
  codes: Map<string, FindingCode[]>;
  decisionCell?: (row: ChecklistRow) => ReactNode;
}

// Titles are elements, not strings: WDS draws a string title as a Text that measures itself after
// it is drawn (a forced layout per column each time the checklist is drawn) and cuts it short;
// these wrap instead.
const title = (text: string) => <PlainText>{text}</PlainText>;

/** The checklist's columns: who, role, status since when, why they have access (reason, support pass), the decision. */
export function checklistColumns({ now, codes, decisionCell }: ColumnContext) {
  const columns = [
    {
      title: title('Person or invite'),
      width: decisionCell ? '21%' : '28%',
      render: (row: ChecklistRow) => <PersonCell row={row} now={now} codes={codes.get(row.key)} />,
    },
    { title: title('Role'), width: decisionCell ? '11%' : '16%', render: (row: ChecklistRow) => <RoleCell row={row} /> },
    { title: title('Status'), width: '128px', render: (row: ChecklistRow) => <StatusCell row={row} now={now} /> },
    { title: title('Why they have access'), render: (row: ChecklistRow) => <ReasonCell row={row} now={now} /> },
  ];
  return decisionCell ? [...columns, { title: title('Decision'), render: decisionCell, width: '184px' }] : columns;
}
