import { Box, Button, Card, Heading, Text } from '@wix/design-system';
import type { Handoff } from '../../../access/handoff';
import { summaryFacts, summaryLines } from '../../../access/handoff-summary';

/** When printing, only the summary is printed (the dashboard around it is hidden). */
const PRINT_CSS = `@media print {
  body * { visibility: hidden !important; }
  .handoff-print, .handoff-print * { visibility: visible !important; }
  .handoff-print { position: absolute; left: 0; top: 0; width: 100%; }
  .handoff-print .no-print { display: none !important; }
}`;

const cell = { padding: '6px 8px', borderBottom: '1px solid #dfe5eb', textAlign: 'left' as const, verticalAlign: 'top' as const };

/** The printable one-page summary with a sign-off line for each side. */
export function HandoffSummary({ handoff }: { handoff: Handoff }) {
  return (
    <div className="handoff-print">
      <style>{PRINT_CSS}</style>
      <Card>
        <Card.Content>
          <Box direction="vertical" gap="SP4">
            <Box verticalAlign="middle" gap="SP3">
              <Heading size="medium" as="h2">Site handoff summary</Heading>
              <span className="no-print"><Button size="small" onClick={() => window.print()}>Print</Button></span>
            </Box>
            <Box direction="vertical" gap="SP1">
              {summaryFacts(handoff).map(([label, value]) => (
                <Text key={label} size="small"><strong>{label}:</strong> {value}</Text>
              ))}
            </Box>
            <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 13 }}>
              <thead>
                <tr>{['Step', 'Status', 'Done by', 'When', 'Note'].map((h) => <th key={h} style={cell}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {summaryLines(handoff).map((line) => (
                  <tr key={line.item}>
                    <td style={cell}>{`${line.phase}: ${line.item}`}</td>
                    <td style={cell}>{line.status}</td>
                    <td style={cell}>{line.by}</td>
                    <td style={cell}>{line.at}</td>
                    <td style={cell}>{line.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Box gap="SP6" paddingTop="SP4">
              <Text size="small">Handed over by: ______________________ Date: ________</Text>
              <Text size="small">Received by (new owner): ______________________ Date: ________</Text>
            </Box>
          </Box>
        </Card.Content>
      </Card>
    </div>
  );
}
