import { Box, Button, Card, Text } from '@wix/design-system';
import { useState } from 'react';
import { csvDataUri, toCsv } from '../../../access/csv';
import type { Handoff } from '../../../access/handoff';
import { summaryRows } from '../../../access/handoff-summary';
import { HandoffSummary } from './handoff-summary';

const fileName = (handoff: Handoff) => `handoff-${handoff.newOwnerEmail.replace(/[^a-z0-9]+/gi, '-')}.csv`;

/** A finished handoff as a one-page summary for both sides: a CSV file and a printable page. */
export function HandoffExport({ handoff }: { handoff: Handoff }) {
  const [printable, setPrintable] = useState(false);
  return (
    <>
      <Card>
        <Card.Content>
          <Box gap="SP3" verticalAlign="middle">
            <Button as="a" priority="secondary" href={csvDataUri(toCsv(summaryRows(handoff)))} download={fileName(handoff)}>
              Download the summary (CSV)
            </Button>
            <Button priority="secondary" onClick={() => setPrintable(!printable)}>
              {printable ? 'Hide the printable summary' : 'Show the printable summary'}
            </Button>
            <Text size="small" secondary>
              One page for both sides: what transferred, every step, who did it and when.
            </Text>
          </Box>
        </Card.Content>
      </Card>
      {printable && <HandoffSummary handoff={handoff} />}
    </>
  );
}
