import { formatDate, formatDateTime } from './format';
import type { Handoff } from './handoff';
import { checklistFor, PHASES, progressOf, transfersText } from './handoff-checklist';

export interface SummaryLine {
  phase: string;
  item: string;
  status: 'Done' | 'Not done';
  by: string;
  at: string;
  note: string;
}

/** Every applicable item with who ticked it and when: the body of the one-page summary. */
export function summaryLines(handoff: Handoff): SummaryLine[] {
  return checklistFor(handoff).map((item) => {
    const stamp = handoff.items.find((s) => s.id === item.id);
    return {
      phase: PHASES[item.phase],
      item: item.label,
      status: stamp ? 'Done' : 'Not done',
      by: stamp?.doneBy ?? '',
      at: stamp ? formatDateTime(stamp.doneAt) : '',
      note: stamp?.note ?? '',
    };
  });
}

/** The summary's heading facts, in the order both sides read them. */
export function summaryFacts(handoff: Handoff): [string, string][] {
  const { done, total } = progressOf(handoff);
  return [
    ['New owner', handoff.newOwnerName ? `${handoff.newOwnerName} (${handoff.newOwnerEmail})` : handoff.newOwnerEmail],
    ['Handed over by', handoff.handedOverBy || handoff.startedBy],
    ['What transfers', transfersText(handoff)],
    ['Started', `${formatDate(handoff.startedAt)} by ${handoff.startedBy}`],
    ['Finished', handoff.finishedAt ? `${formatDate(handoff.finishedAt)} by ${handoff.finishedBy ?? ''}` : 'Not yet'],
    ['Checklist', `${done} of ${total} done`],
  ];
}

/** The summary as spreadsheet rows (facts, a blank line, then the checklist). */
export function summaryRows(handoff: Handoff): string[][] {
  return [
    ['Site handoff summary'],
    ...summaryFacts(handoff),
    [],
    ['Phase', 'Item', 'Status', 'Done by', 'Done at', 'Note'],
    ...summaryLines(handoff).map((l) => [l.phase, l.item, l.status, l.by, l.at, l.note]),
  ];
}
