import { Box, TextButton } from '@wix/design-system';
import { useState } from 'react';
import { csvDataUri } from '../../../access/csv';
import { reviewCsv, reviewCsvFileName } from '../../../access/review/review-csv';
import { decisionsLoaded, type Review } from '../../../access/review/review-record';
import { useServices } from '../../../page/services';
import { loadReviewDecisions } from '../../../wix/review-reads';

/**
 * Downloads a completed review as CSV: evidence for an auditor or a client. An older completed review's
 * decisions are in their own records and not read when the page opens: the link reads them when clicked.
 */
export function ExportLink({ review }: { review: Review }) {
  return decisionsLoaded(review) ? <CsvLink review={review} /> : <LoadThenDownload review={review} />;
}

function CsvLink({ review }: { review: Review }) {
  const href = csvDataUri(reviewCsv(review));
  return (
    <Box>
      <TextButton as="a" href={href} download={reviewCsvFileName(review)} size="small">
        Export CSV
      </TextButton>
    </Box>
  );
}

function LoadThenDownload({ review }: { review: Review }) {
  const { gateway, dashboard } = useServices();
  const [loading, setLoading] = useState(false);
  const download = async () => {
    setLoading(true);
    try {
      const full = await loadReviewDecisions(gateway, review);
      const link = document.createElement('a');
      link.href = csvDataUri(reviewCsv(full));
      link.download = reviewCsvFileName(full);
      link.click();
    } catch (error) {
      dashboard.showToast({ type: 'error', message: `Couldn't export the review. ${(error as Error).message}` });
    } finally {
      setLoading(false);
    }
  };
  return (
    <Box>
      <TextButton size="small" disabled={loading} onClick={() => void download()}>
        {loading ? 'Exporting…' : 'Export CSV'}
      </TextButton>
    </Box>
  );
}
