import { Box, Button, Card } from '@wix/design-system';
import { createPortal } from 'react-dom';
import type { Handoff } from '../../../access/handoff';
import { SummarySheet } from './summary-sheet';

/**
 * When printing, only the summary prints: a copy placed directly in <body> (outside the dashboard's
 * scrolling containers, which would clip it) is shown and everything else is hidden.
 */
const PRINT_CSS = `.handoff-print-sheet { display: none; }
@media print {
  body > *:not(.handoff-print-sheet) { display: none !important; }
  .handoff-print-sheet { display: block; padding: 16px; font-family: Helvetica, Arial, sans-serif; }
}`;

/** The printable one-page summary with a sign-off line for each side. */
export function HandoffSummary({ handoff }: { handoff: Handoff }) {
  return (
    <Card dataHook="handoff-summary">
      <style>{PRINT_CSS}</style>
      <Card.Header
        title="Printable summary"
        subtitle="Print it or save it as PDF for the new owner and for your records."
        suffix={<Button onClick={() => window.print()}>Print</Button>}
      />
      <Card.Divider />
      <Card.Content>
        <Box direction="vertical">
          <SummarySheet handoff={handoff} />
        </Box>
      </Card.Content>
      {createPortal(
        <div className="handoff-print-sheet">
          <SummarySheet handoff={handoff} />
        </div>,
        document.body,
      )}
    </Card>
  );
}
