import { Box, Card, Loader } from '@wix/design-system';
import { LoadError } from '../../../ui/load-error';
import { useReviewData } from '../use-review-data';
import { ReviewScreen } from './review-screen';

/** The access review: the first tab, a checklist of everyone with access and every invite the app knows. */
export function ReviewTab() {
  const data = useReviewData();
  if (data.isLoading) {
    return (
      <Card>
        <Box align="center" padding="SP10">
          <Loader size="medium" text="Loading the people with access…" />
        </Box>
      </Card>
    );
  }
  if (data.error || !data.site) return <LoadError error={data.error} onRetry={data.retry} />;
  return <ReviewScreen site={data.site} reviews={data.reviews} rolesNamed={data.rolesNamed} />;
}
