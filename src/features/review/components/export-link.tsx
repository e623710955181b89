import { Box, TextButton } from '@wix/design-system';
import { csvDataUri } from '../../../access/csv';
import { reviewCsv, reviewCsvFileName } from '../../../access/review/review-csv';
import type { Review } from '../../../access/review/review-record';

/** Downloads a completed review as CSV: evidence for an auditor or a client. */
export function ExportLink({ review }: { review: Review }) {
  const href = csvDataUri(reviewCsv(review));
  return (
    <Box>
      <TextButton as="a" href={href} download={reviewCsvFileName(review)} size="small">
        Export CSV
      </TextButton>
    </Box>
  );
}
